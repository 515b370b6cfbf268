package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsquiz.bank.QuestionType;
import org.junit.jupiter.api.Test;

/**
 * The rules made after holdout 10's first reading (docs/generator-quality.md, "Holdout 10"): a
 * statement or stem never ends inside a list; a clause set off by commas before the main verb does
 * not end the stem; a stem whose reported clause has no verb is rejected. The texts are invented
 * for the tests.
 */
class HoldoutTenRulesATest {

    private static Sentence only(Facts f, String words) {
        return f.sentences().stream().filter(s -> s.text().contains(words)).findFirst().orElseThrow();
    }

    private static String clause(Facts f, Sentence s) {
        int from = Wording.clauseStart(s);
        return s.span(from, Wording.clauseEnd(s, from));
    }

    @Test
    void aClauseNeverEndsInsideAList() {
        Facts f = analyse("Each flat will get 12 cubic metres of gas a month, about what a couple needs for warming, "
                + "cooking and drying.\n\n"
                + "Exports of the valley's apples rose to Germany, the Netherlands, and Belgium last year.\n\n"
                + "The council raised bus fares by 9 percent on Monday, forcing students to walk across the region.");
        assertThat(clause(f, only(f, "warming"))).endsWith("warming, cooking and drying");
        assertThat(clause(f, only(f, "apples"))).as("a serial comma and a name with 'the' stay in the list")
                .endsWith("Germany, the Netherlands, and Belgium last year");
        assertThat(clause(f, only(f, "fares"))).as("a participle clause is still cut off")
                .endsWith("by 9 percent on Monday");
        List<Candidate> built = InventedText.passing(f, new TrueFalseQuestions(), new NumericQuestions());
        assertThat(built).noneMatch(c -> c.prompt().endsWith("for warming.") || c.prompt().endsWith("to Germany."))
                .anyMatch(c -> c.prompt().contains("warming, cooking and drying"));
    }

    @Test
    void aClauseBetweenSubjectAndVerbDoesNotEndTheStem() {
        Facts f = analyse("Nordlys Ferries said fares for the 12-day festival, which starts on Friday in the old port, "
                + "would rise by 15 percent.\n\n"
                + "The city museum reopened its east wing to 3,000 visitors on Monday, which had been shut since a flood.");
        assertThat(clause(f, only(f, "Nordlys"))).endsWith("would rise by 15 percent");
        assertThat(clause(f, only(f, "museum"))).as("a trailing relative clause is still cut off")
                .endsWith("to 3,000 visitors on Monday");
        List<Candidate> built = InventedText.passing(f, new NumericQuestions());
        assertThat(built).anyMatch(c -> c.prompt().contains("___-day festival, which starts") && c.prompt().contains("would rise"))
                .noneMatch(c -> c.prompt().endsWith("festival."));
    }

    @Test
    void aStemWhoseReportedClauseHasNoVerbIsRejected() {
        Facts f = analyse("Nordlys Ferries, the island operator, said ticket prices for the 12-day festival would rise by "
                + "15 percent, the firm told reporters on Friday.");
        assertThat(ItemChecks.problem(numeric("Nordlys Ferries, the island operator, said ticket prices for the ___-day festival."), f))
                .isEqualTo("the reported clause 'ticket prices for the ___-day festival' has no verb");
        assertThat(ItemChecks.problem(numeric("Nordlys Ferries, the island operator, said ticket prices for the ___-day "
                + "festival would rise by 15 percent."), f)).as("the same clause with its verb").isNull();
        assertThat(ItemChecks.problem(numeric("Ticket prices for the ___-day festival would rise by 15 percent, Nordlys "
                + "Ferries said on Friday."), f)).as("a verb of saying with no clause after it").isNull();
    }

    private static Candidate numeric(String stem) {
        String prompt = "Fill in the missing number: " + stem;
        return new Candidate(QuestionType.NUMERIC, 1, prompt, prompt, "12", List.of(), 3.0, "verbless", info -> null);
    }
}
