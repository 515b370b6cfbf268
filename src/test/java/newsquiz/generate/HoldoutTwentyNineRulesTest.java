package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static newsquiz.generate.InventedText.cloze;
import static newsquiz.generate.InventedText.numeric;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules made after holdouts 29's and 30's first readings (docs/generator-quality.md). The texts are
 * invented for the tests.
 */
class HoldoutTwentyNineRulesTest {

    @Test
    void ingIsATitleNotAName() {
        Facts f = analyse("“Four years and two floods,” said Ing. Marek Šimko, the project director. Šimko said the bore was 6.4 km long.");
        assertThat(f.entitiesOf(EntityKind.PERSON)).extracting(Entity::name).containsExactly("Marek Šimko");
    }

    @Test
    void aCapitalisedGapBeforeOfAndANameIsThatNamesHead() {
        assertThat(SplitName.glued(cloze(1, "Type the missing name. Professor Toomas Kask of the {{1}} of Tartu led the team.",
                "University"), null)).isNotNull();
        assertThat(SplitName.glued(cloze(1, "Choose the word that completes the sentence. The fire began on the {{1}} of March.",
                "night"), null)).as("a lower-case key").isNull();
    }

    @Test
    void aBareNumberAsASubjectCountsSomethingNamedBefore() {
        assertThat(StandAlone.comparedWithNothing(new Candidate(newsquiz.bank.QuestionType.TRUE_FALSE, 4,
                "True or false: Fewer than 10,000 are believed to survive in the wild.", "", null, java.util.List.of(), 1.0, "tf:4", null)))
                .isNotNull();
        assertThat(StandAlone.comparedWithNothing(numeric(4,
                "Fill in the missing number: Fewer than ___ macaques are believed to survive in the wild.", "10000"))).isNull();
    }

    @Test
    void theRegionNeedsANameBeforeIt() {
        assertThat(DanglingReference.find("Fill in the missing number: About ___ rental homes were completed in the region last year."))
                .isEqualTo("the region");
        assertThat(DanglingReference.find("Fill in the missing number: In Halifax, fewer than ___ homes were completed in the region."))
                .isNull();
    }
}
