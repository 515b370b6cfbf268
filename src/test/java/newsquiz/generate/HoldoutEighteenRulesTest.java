package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules made after holdout 18's first reading (docs/generator-quality.md). The texts are invented
 * for the tests.
 */
class HoldoutEighteenRulesTest {

    @Test
    void aGapInsideANameItsAcronymSpellsSplitsIt() {
        Facts f = analyse("The boards of Harrogate District Hospital Trust (HDHT) and Ripon and Dales Community Health (RDCH) "
                + "met on Monday.");
        assertThat(SplitName.glued(InventedText.cloze(1, "Type the missing name. The boards of Harrogate District Hospital Trust (HDHT) and "
                + "{{1}} and Dales Community Health (RDCH) met on Monday.", "Ripon"), f)).isEqualTo("Ripon and Dales Community Health");
        assertThat(SplitName.glued(InventedText.cloze(1, "Type the missing name. The boards of {{1}} (HDHT) and Ripon and Dales Community "
                + "Health (RDCH) met on Monday.", "Harrogate District Hospital Trust"), f)).as("the whole name is no split")
                .isNull();
    }

    @Test
    void aHyphenatedGivenNameCutBeforeItsHyphenStaysWhole() {
        Facts f = analyse("Marie-Claire Dubois, the general secretary of the union, said the march was peaceful. "
                + "\"We will be back,\" Dubois said.");
        assertThat(f.entitiesOf(EntityKind.PERSON)).extracting(Entity::name).containsExactly("Marie-Claire Dubois");
    }

    @Test
    void aTypedCountryTakesItsOtherNames() {
        assertThat(TypedForms.accepted("United Kingdom", "Sales in the United Kingdom fell."))
                .contains("United Kingdom", "UK", "Britain", "Great Britain");
        assertThat(TypedForms.accepted("Chile", "Chile won.")).containsExactly("Chile");
    }
}
