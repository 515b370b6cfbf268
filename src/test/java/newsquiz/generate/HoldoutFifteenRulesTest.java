package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules made after holdout 15's first reading (docs/generator-quality.md): a clause after "warned
 * that" (and the like) with no verb is a stem cut too short. The text is invented for the test.
 */
class HoldoutFifteenRulesTest {

    private static final String TEXT = "Dr Ana Ruiz, the survey's lead scientist, warned that a second dry summer in a "
            + "row, which forecasters now expect, would kill much of the crop.";

    @Test
    void aClauseAfterWarnedThatWithNoVerbIsCutTooShort() {
        Facts f = analyse(TEXT);
        assertThat(VerblessReport.report("Who warned that a second dry summer in a row?", f.sentence(1))).isNotNull();
        assertThat(VerblessReport.report("Who warned that a second dry summer in a row would kill much of the crop?",
                f.sentence(1))).as("with its verb the clause stands").isNull();
        assertThat(VerblessReport.report("Who warned the farmers about a second dry summer?", f.sentence(1)))
                .as("'warned' with a plain object is no reported clause").isNull();
    }
}
