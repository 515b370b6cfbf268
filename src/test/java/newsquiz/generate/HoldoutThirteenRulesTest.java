package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static newsquiz.generate.InventedText.danglingInStem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules made after holdout 13's first reading (docs/generator-quality.md): a reporting period is no
 * fact to ask; a duty with nothing to it does not single a person out; a "her" in a speaker's words
 * needs someone named in them. The texts are invented for the tests.
 */
class HoldoutThirteenRulesTest {

    @Test
    void aReportingPeriodIsNoFactToAsk() {
        Facts f = analyse("Consumer prices rose by 2.4 percent in the 12 months to May, the statistics office said.\n\n"
                + "The strike lasted 12 months before the two sides agreed a deal in May.");
        assertThat(f.quantities()).filteredOn(q -> q.value() == 12 && q.sentence() == 1)
                .isNotEmpty().allMatch(q -> NumericQuestions.reportingPeriod(f.sentence(1), q));
        assertThat(f.quantities()).filteredOn(q -> q.value() == 12 && q.sentence() == 2).as("a span of the story is a fact")
                .isNotEmpty().noneMatch(q -> NumericQuestions.reportingPeriod(f.sentence(2), q));
        assertThat(InventedText.passing(f, new NumericQuestions())).extracting(Candidate::prompt)
                .noneMatch(p -> p.contains("___ months to May"));
    }

    @Test
    void aDutyWithNothingToItDoesNotSingleAPersonOut() {
        assertThat(thin("who is responsible for public health")).isTrue();
        assertThat(thin("who is responsible for the Lake District's paths"))
                .as("a named body or place singles the person out").isFalse();
    }

    @Test
    void aHerInASpeakersWordsNeedsSomeoneNamedInThem() {
        assertThat(danglingInStem("\"We had waited 15 months for this moment, so seeing her stand so soon was a relief,\" said "
                + "Ana Ruiz, the head keeper.")).isTrue();
        assertThat(danglingInStem("\"When Maya was born we waited for hours, and seeing her stand was a relief,\" said Ana Ruiz, "
                + "the head keeper.")).as("a name before the her, in the same words").isFalse();
    }

    /** The clause as the builder sees it: from "who" to the comma that closes it. */
    private static boolean thin(String clause) {
        java.util.List<Token> toks = analyse("Ana Ruiz, " + clause + ", said the plan was late.").sentences().get(0).tokens();
        int who = 3;
        int end = who;
        while (!toks.get(end).text().equals(",")) {
            end++;
        }
        return ThinRelativeClause.cannotSingleOut(toks, who + 1, end);
    }

}
