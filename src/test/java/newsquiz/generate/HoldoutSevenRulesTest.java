package newsquiz.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static newsquiz.generate.InventedText.analyse;

import org.junit.jupiter.api.Test;

/**
 * The rule made after holdout 7's first reading (docs/generator-quality.md): a plural acronym
 * ("MPs", "CEOs") names a group, so it is no person and no "she" can point back to it. The text is
 * invented for the test.
 */
class HoldoutSevenRulesTest {

    @Test
    void aPluralAcronymIsNoPersonAndNoAntecedent() {
        Facts f = analyse("Four MPs said the vote came too early.\n\n"
                + "Several MPs from the north backed the plan.\n\n"
                + "She said she had read every letter sent to her office.");
        assertThat(f.mentions().stream().flatMap(java.util.List::stream)
                .filter(m -> m.text().equals("MPs"))).isNotEmpty()
                .allSatisfy(m -> assertThat(m.kind()).isNotEqualTo(EntityKind.PERSON));
        assertThat(f.subjects().get(2)).as("the \"she\" of the third sentence").isNotEqualTo("MPs");
    }
}
