package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules made after holdout 15's first reading (docs/generator-quality.md): a clause after "warned
 * that" (and the like) with no verb is a stem cut too short; a true/false statement keeps an opening
 * phrase its truth depends on. The texts are invented for the test.
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

    @Test
    void aTrueFalseStatementKeepsAnOpenerThatDatesIt() {
        Facts dated = analyse("At its height in 1998, the lake covered more than 400 square kilometres of the valley floor.");
        Facts plain = analyse("On the whole, the lake covered more than 400 square kilometres of the valley floor.");
        assertThat(Wording.clauseStart(dated.sentence(1))).as("other stems drop the opener").isGreaterThan(0);
        assertThat(Wording.openerScopesClaim(dated.sentence(1), Wording.clauseStart(dated.sentence(1))))
                .isTrue();
        assertThat(Wording.openerScopesClaim(plain.sentence(1), Wording.clauseStart(plain.sentence(1))))
                .as("an opener with no time or figure may go").isFalse();
    }

    @Test
    void theBuilderKeepsTheDatingOpenerInTheStatement() {
        Facts f = analyse("At the height of the floods in 1998, Lake Orvel covered 412 square kilometres "
                + "of the valley floor.");
        var candidates = new TrueFalseQuestions().build(f, new java.util.Random(1));
        assertThat(candidates).isNotEmpty();
        assertThat(candidates).allSatisfy(c -> assertThat(c.prompt()).contains("At the height of the floods in"));
    }
}
