package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule made after holdout 9's first reading (docs/generator-quality.md): a plural time span
 * ends a quantity's unit. The text is invented for the test.
 */
class HoldoutNineRulesTest {

    @Test
    void aTimeSpanEndsTheUnit() {
        Facts f = analyse("\"For forty years farmers here have asked for a road,\" said Ana Ruiz, the mayor.\n\n"
                + "The town has 14 island ferries and 3 fishing boats.");
        assertThat(f.quantities()).anySatisfy(q -> {
            assertThat(q.value()).isEqualTo(40);
            assertThat(q.unit()).isEqualTo("years");
        });
        assertThat(f.quantities()).as("a compound unit is still whole")
                .anySatisfy(q -> assertThat(q.unit()).isEqualTo("island ferries"));
    }
}
