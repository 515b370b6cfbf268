package newsquiz.engine;

import static newsquiz.engine.TinyBank.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import newsquiz.bank.NumericQuestion;
import org.junit.jupiter.api.Test;

class AnswerCheckerTest {

    private static Mark check(String id, Response r) {
        return AnswerChecker.check(question(id), r, true);
    }

    @Test
    void multipleChoice() {
        assertThat(check("mc", new Response.Choice(1)).verdict()).isEqualTo(Verdict.CORRECT);
        Mark wrong = check("mc", new Response.Choice(0));
        assertThat(wrong.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(wrong.rightAnswer()).isEqualTo("Brockley");
    }

    @Test
    void multipleSelectGivesOneOverKPerRightChoiceAndTakesItBackPerWrongOne() {
        // right answers: 0 and 3 (k = 2)
        assertThat(check("ms", new Response.Selection(Set.of(0, 3))).fraction()).isEqualTo(1.0);
        assertThat(check("ms", new Response.Selection(Set.of(0))).fraction()).isEqualTo(0.5);
        assertThat(check("ms", new Response.Selection(Set.of(0, 1))).fraction()).isEqualTo(0.0);
        assertThat(check("ms", new Response.Selection(Set.of(0, 3, 1))).fraction()).isEqualTo(0.5);
        assertThat(check("ms", new Response.Selection(Set.of(1, 2))).fraction()).isEqualTo(0.0);
        assertThat(check("ms", new Response.Selection(Set.of(0))).verdict()).isEqualTo(Verdict.PARTIAL);
    }

    @Test
    void partialCreditOffMakesPartialAnswersWrong() {
        Mark m = AnswerChecker.check(question("ms"), new Response.Selection(Set.of(0)), false);
        assertThat(m.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(m.fraction()).isZero();
    }

    @Test
    void trueFalse() {
        assertThat(check("tf", new Response.Truth(false)).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(check("tf", new Response.Truth(true)).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void shortAnswerIgnoresDiacriticsAndReportsTypos() {
        assertThat(check("sa", new Response.Text("mara aliyeva")).verdict()).isEqualTo(Verdict.CORRECT);
        Mark typo = check("sa", new Response.Text("Aliyevaa"));
        assertThat(typo.verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(typo.typo()).isTrue();
        assertThat(typo.headline()).isEqualTo("correct - accepted (typo)");
        assertThat(check("sa", new Response.Text("Smith")).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void numericAcceptsDigitsAndWords() {
        assertThat(check("num", new Response.Text("16")).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(check("num", new Response.Text("sixteen")).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(check("num", new Response.Text("16 members")).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(check("num", new Response.Text("15")).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void aScaleUnitMayBeTypedOrLeftOut() {
        NumericQuestion loans = new NumericQuestion(new newsquiz.bank.QuestionInfo("loans", "Loans: ___ million",
                "why", List.of(), 2, 1.0, null, null), 1.1, 1.1, 1.1, "million");
        for (String right : List.of("1.1 million", "1.1", "1,100,000", "1.1 Million loans")) {
            assertThat(AnswerChecker.check(loans, new Response.Text(right), true).verdict()).as(right)
                    .isEqualTo(Verdict.CORRECT);
        }
        for (String wrong : List.of("1.2 million", "2 million", "1100", "1.1 billion")) {
            assertThat(AnswerChecker.check(loans, new Response.Text(wrong), true).verdict()).as(wrong)
                    .isEqualTo(Verdict.WRONG);
        }
    }

    @Test
    void clozeScoresTheShareOfBlanksFilled() {
        assertThat(check("cl", new Response.Blanks(List.of("5", "May"))).verdict()).isEqualTo(Verdict.CORRECT);
        Mark half = check("cl", new Response.Blanks(List.of("five", "June")));
        assertThat(half.verdict()).isEqualTo(Verdict.PARTIAL);
        assertThat(half.fraction()).isEqualTo(0.5);
        assertThat(check("cl", new Response.Blanks(List.of())).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void matchingScoresTheShareOfRightPairs() {
        assertThat(check("mt", new Response.Pairing(List.of(0, 1))).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(check("mt", new Response.Pairing(List.of(0, 2))).fraction()).isEqualTo(0.5);
        assertThat(check("mt", new Response.Pairing(List.of(1, 0))).verdict()).isEqualTo(Verdict.WRONG);
        assertThat(check("mt", new Response.Pairing(List.of(-1, -1))).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void orderingScoresPairsInTheRightRelativeOrder() {
        assertThat(check("ord", new Response.Order(List.of(0, 1, 2))).verdict()).isEqualTo(Verdict.CORRECT);
        // moving the last item to the front breaks 2 of the 3 pairs
        assertThat(check("ord", new Response.Order(List.of(2, 0, 1))).fraction()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(check("ord", new Response.Order(List.of(2, 1, 0))).verdict()).isEqualTo(Verdict.WRONG);
        assertThat(check("ord", new Response.Order(List.of(0, 0, 1))).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void aResponseOfTheWrongKindIsAProgrammingError() {
        assertThatThrownBy(() -> check("mc", new Response.Truth(true))).isInstanceOf(IllegalArgumentException.class);
    }
}
