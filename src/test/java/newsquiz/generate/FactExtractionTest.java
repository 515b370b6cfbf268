package newsquiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import newsquiz.bank.Question;
import newsquiz.bank.QuestionType;
import org.junit.jupiter.api.Test;

/** Facts the extractor must find in the fixture articles. */
class FactExtractionTest {

    private static Facts facts(String article) {
        return GeneratedBanks.of(article).facts();
    }

    private static Entity entity(Facts f, String name) {
        Entity e = f.entity(name);
        assertThat(e).as(name + " among " + f.entities().stream().map(Entity::name).toList()).isNotNull();
        return e;
    }

    @Test
    void peopleWithTitlesAndSurnamesLinked() {
        Facts f = facts("diplomacy");
        assertThat(entity(f, "Elena Marquez").role()).isEqualTo("Foreign Minister");
        assertThat(entity(f, "Thomas Reid").role()).isEqualTo("Prime Minister");
        assertThat(entity(f, "Elena Marquez").kind()).isEqualTo(EntityKind.PERSON);
        assertThat(entity(f, "Chile").kind()).isEqualTo(EntityKind.COUNTRY);
        assertThat(entity(f, "New Zealand").kind()).isEqualTo(EntityKind.COUNTRY);
        // "Marquez" alone is the same person, not a new one.
        assertThat(f.entities()).noneMatch(e -> e.name().equals("Marquez"));
    }

    @Test
    void quotationsWithTheirSpeakers() {
        Facts f = facts("diplomacy");
        assertThat(f.quotes()).extracting(Quote::speaker)
                .contains("Elena Marquez", "Thomas Reid", "Sarah Whitford");
        Quote oceans = f.quotes().stream().filter(q -> q.text().startsWith("Our oceans")).findFirst().orElseThrow();
        assertThat(oceans.speaker()).isEqualTo("Elena Marquez");
        // A straight-quoted article gets the same treatment as a curly-quoted one.
        assertThat(facts("economy").quotes()).extracting(Quote::speaker).contains("Ida Brekke", "Karl Haugen");
    }

    @Test
    void quantitiesWithUnitsIncludingSpelledOutAndHyphenated() {
        Facts f = facts("diplomacy");
        assertThat(f.quantities()).anySatisfy(q -> {
            assertThat(q.value()).isEqualTo(40);
            assertThat(q.unit()).isEqualTo("observer posts");
        });
        assertThat(f.quantities()).anySatisfy(q -> {
            assertThat(q.value()).isEqualTo(3); // "three-day visit"
            assertThat(q.unit()).isEqualTo("day");
        });
        assertThat(f.quantities()).anySatisfy(q -> {
            assertThat(q.value()).isEqualTo(1.8);
            assertThat(q.unit()).isEqualTo("billion dollars");
        });
    }

    @Test
    void listsAfterIncluding() {
        assertThat(facts("diplomacy").lists()).anySatisfy(l -> {
            assertThat(l.head()).isEqualTo("areas of joint work");
            assertThat(l.items()).containsExactly("ocean monitoring", "illegal fishing patrols", "seabed research");
        });
    }

    @Test
    void datedEventsBecomeAnOrderingQuestion() {
        Facts f = facts("science");
        assertThat(f.dates()).extracting(DateMention::key).contains(20230314, 20241009, 20241202);
        List<Question> ordering = GeneratedBanks.of("science").bank().questions().stream()
                .filter(q -> q.type() == QuestionType.ORDERING).toList();
        assertThat(ordering).hasSize(1);
        assertThat(((newsquiz.bank.Ordering) ordering.get(0)).items().get(0)).contains("launched");
    }

    @Test
    void pronounsAtSentenceStartResolveToThePersonBefore() {
        Facts f = facts("economy");
        int n = f.sentences().stream().filter(s -> s.text().startsWith("He said the government")).findFirst()
                .orElseThrow().number();
        assertThat(f.subjects().get(n - 1)).isEqualTo("Karl Haugen");
    }

    @Test
    void everyFixtureGivesSeveralQuestionTypes() {
        for (String a : GeneratedBanks.ARTICLES) {
            long types = GeneratedBanks.of(a).bank().questions().stream().map(Question::type).distinct().count();
            assertThat(types).as(a).isGreaterThanOrEqualTo(4);
        }
    }
}
