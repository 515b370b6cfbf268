package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static newsquiz.generate.InventedText.cloze;
import static newsquiz.generate.InventedText.numeric;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules made after holdouts 25's and 26's first readings (docs/generator-quality.md). The texts are
 * invented for the tests.
 */
class HoldoutTwentyFiveRulesTest {

    @Test
    void aHyphenedParticleStaysInTheName() {
        Facts f = analyse("The port's harbour master, Captain Omar el-Masri Fathy, said ships would move again tonight. "
                + "Fathy said the channel was clear.");
        assertThat(f.entitiesOf(EntityKind.PERSON)).extracting(Entity::name).containsExactly("Omar el-Masri Fathy");
    }

    @Test
    void aGapInTheFieldsOfAMinistrysNameSplitsIt() {
        assertThat(SplitName.glued(cloze(1, "Choose the words that complete the sentence. The Ministry of Food, Agriculture and {{1}} "
                + "said it would review the count.", "Fisheries"), null)).isNotNull();
        assertThat(SplitName.glued(cloze(1, "Choose the words that complete the sentence. The Ministry of {{1}}, Agriculture and "
                + "Fisheries said it would review the count.", "Food"), null)).isNotNull();
        assertThat(SplitName.glued(cloze(1, "Choose the words that complete the sentence. Inspectors visited Donegal, Galway and {{1}} "
                + "last week.", "Mayo"), null)).as("a list of places").isNull();
    }

    @Test
    void aStemOpeningOnAComparisonWithNothingToCompareIsNotAsked() {
        assertThat(StandAlone.comparedWithNothing(numeric(4,
                "Fill in the missing number: A shorter outage of about ___ hours affected cash withdrawals.", "3"))).isEqualTo("A shorter");
        assertThat(StandAlone.comparedWithNothing(numeric(4,
                "Fill in the missing number: The previous record, ___ metres, was set in 2022.", "52"))).isEqualTo("The previous");
        assertThat(StandAlone.comparedWithNothing(cloze(4,
                "Choose the word that completes the sentence. In {{1}}, a shorter outage of about three hours affected withdrawals.",
                "March"))).as("after an opening time").isNotNull();
        assertThat(StandAlone.comparedWithNothing(numeric(4,
                "Fill in the missing number: A shorter route of ___ kilometres than the old one opened in May.", "12")))
                .as("'than' says what it is compared with").isNull();
        assertThat(StandAlone.comparedWithNothing(numeric(4,
                "Fill in the missing number: A fourth round of talks ended after ___ days without a deal.", "3")))
                .as("an ordinal states its own fact").isNull();
        assertThat(ItemChecks.problem(numeric(4,
                "Fill in the missing number: A shorter outage of about ___ hours affected cash withdrawals and transfers.", "3")))
                .isNotNull();
    }

    /**
     * The last check for cut names, on facts as a cutting extractor would leave them: "Post DHL"
     * after "Deutsche", "Sayed Hamdy" after "el-" (the extractor itself now keeps both whole).
     */
    @Test
    void aWhoKeyThatIsAlwaysWrittenInsideALongerNameIsNotAsked() {
        Facts f = analyse("Deutsche Post DHL, the largest operator, accounted for half of all complaints. "
                + "The channel was closed, said Admiral Tarek el-Sayed Hamdy of the authority.");
        assertThat(CutName.cut(who("Post DHL", 1, 1, 3, f), withEntity(f, "Post DHL", 1, 1, 3))).isEqualTo("Post DHL");
        int sayed = indexOf(f.sentence(2), "Sayed");
        assertThat(CutName.cut(who("Sayed Hamdy", 2, sayed, sayed + 2, f), withEntity(f, "Sayed Hamdy", 2, sayed, sayed + 2)))
                .isEqualTo("Sayed Hamdy");
        int tarek = indexOf(f.sentence(2), "Tarek");
        assertThat(CutName.cut(who("Tarek", 2, tarek, tarek + 1, f), withEntity(f, "Tarek", 2, tarek, tarek + 1)))
                .as("'el' and a hyphen after it").isEqualTo("Tarek");
        assertThat(CutName.cut(who("Deutsche Post DHL", 1, 0, 3, f), f)).as("the whole name").isNull();
    }

    private static Candidate who(String key, int sentence, int from, int to, Facts f) {
        return new Candidate(newsquiz.bank.QuestionType.SHORT_ANSWER, sentence, "Who is the largest operator?", "", key,
                java.util.List.of(key), 1.0, "t", null);
    }

    /** {@code f} with one more entity, named once at tokens [from, to) of a sentence. */
    private static Facts withEntity(Facts f, String name, int sentence, int from, int to) {
        Mention m = new Mention(sentence, from, from, to, name, EntityKind.PERSON, null, null, name);
        java.util.Map<String, Entity> byName = new java.util.HashMap<>(f.byName());
        byName.put(name, new Entity(name, EntityKind.PERSON, name, null, null, java.util.List.of(m)));
        return new Facts(f.text(), f.sentences(), f.entities(), f.mentions(), f.quantities(), f.dates(), f.quotes(), f.lists(),
                f.subjects(), f.startsInSpeech(), byName);
    }

    private static int indexOf(Sentence s, String word) {
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in " + s.text());
    }
}
