package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules made after holdouts 20's and 21's first readings (docs/generator-quality.md). The texts are
 * invented for the tests.
 */
class HoldoutTwentyRulesTest {

    @Test
    void namesWithHyphenTokensAndParticleRunsStayWhole() {
        Facts f = analyse("Deputy Foreign Minister Anaïs Lefèvre-Duval said the talks would resume. Dr. Lotte van den Heuvel, "
                + "a bee scientist, said so. Councillor Rhodri ap Gwilym said it too.");
        assertThat(f.entitiesOf(EntityKind.PERSON)).extracting(Entity::name)
                .containsExactlyInAnyOrder("Anaïs Lefèvre-Duval", "Lotte van den Heuvel", "Rhodri ap Gwilym");
    }

    @Test
    void aPostAfterThePersonsNameIsASecondAnswer() {
        Facts f = analyse("Councillor Priya Shah, the city's executive member for culture and sport, opened the track. "
                + "Shah said it had taken nine years.");
        assertThat(InventedText.passing(f, new RoleQuestions())).isEmpty();
    }

    @Test
    void aGapInsideATitleOrAHyphenatedNameSplitsIt() {
        Facts f = analyse("The Secretary of State for Culture, João Amaral, said so. A fire broke out near Le Cannet-des-Maures.");
        assertThat(SplitName.glued(InventedText.cloze(1, "Type the missing name. The Secretary of {{1}} for Culture, João Amaral, said so.",
                "State"), f)).isEqualTo("Secretary");
        assertThat(SplitName.glued(InventedText.cloze(2, "Choose the words that complete the sentence. A fire broke out near "
                + "{{1}}-des-Maures.", "Le Cannet"), f)).isEqualTo("{{1}}-des-Maures");
        assertThat(SplitName.glued(InventedText.cloze(2, "Type the missing name. A fire broke out near {{1}} on Monday.", "Vidauban"), f))
                .isNull();
    }

    @Test
    void eventsThatNumberThemselvesAreNoOrderingItem() {
        Facts f = analyse("On 12 July a small fire broke out near Vidauban. On 21 July a second fire burned 40 hectares near "
                + "Gonfaron. On 2 August a third fire started near Draguignan. On 9 August a fourth fire was seen near Cannes.");
        assertThat(new OrderingQuestions().build(f, new java.util.Random(1))).isEmpty();
    }

    @Test
    void aWireDatelineIsNotPartOfTheFirstSentence() {
        assertThat(Dateline.length("GENEVA, 21 June — Talks resumed on Monday.")).isEqualTo("GENEVA, 21 June — ".length());
        assertThat(Dateline.length("LISBON, March 3 (Newswire) - Talks resumed.")).isEqualTo("LISBON, March 3 (Newswire) - ".length());
        assertThat(Dateline.length("Talks resumed in Geneva on Monday.")).isZero();
        Facts f = analyse("GENEVA, 21 June — Talks between the two sides resumed on Monday in Geneva.");
        assertThat(f.sentence(1).text()).startsWith("Talks between");
    }

    @Test
    void aTrueFalseStatementNeedsAVerbAndNoCountdownIsSwapped() {
        Facts list = analyse("The offer includes a 9.5 percent rise over three years.\n\nA cap of 26 pupils per class in first-year groups "
                + "from September 2026.");
        assertThat(InventedText.passing(list, new TrueFalseQuestions())).extracting(Candidate::prompt)
                .noneMatch(p -> p.contains("A cap of"));
        Facts golf = analyse("Daniel Nguyen was still three behind with six holes to play at the Riviera course in Los Angeles.");
        assertThat(TrueFalseQuestions.countdown(golf.sentence(1), 7)).isTrue();
        assertThat(InventedText.passing(golf, new TrueFalseQuestions())).extracting(Candidate::prompt)
                .noneMatch(p -> p.contains("holes to play") && !p.contains("six holes"));
    }
}
