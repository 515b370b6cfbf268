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
}
