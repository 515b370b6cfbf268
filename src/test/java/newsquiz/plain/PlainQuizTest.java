package newsquiz.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import newsquiz.bank.Bank;
import newsquiz.bank.BankJson;
import newsquiz.engine.AnswerParser;
import newsquiz.engine.AnswerRecord;
import newsquiz.engine.QuestionPicker;
import newsquiz.engine.QuizConfig;
import newsquiz.engine.QuizListener;
import newsquiz.engine.QuizResult;
import newsquiz.engine.QuizSession;
import newsquiz.engine.Selection;
import newsquiz.engine.Verdict;
import org.junit.jupiter.api.Test;

class PlainQuizTest {

    private final StringWriter output = new StringWriter();
    private final List<AnswerRecord> recorded = new ArrayList<>();

    private static List<newsquiz.engine.QuizItem> items() throws Exception {
        Bank bank = BankJson.read(Path.of("src/test/resources/banks/tiny.json"));
        return QuestionPicker.pick(bank.questions(), new Selection(0, java.util.Set.of(), java.util.Set.of(), false), 1);
    }

    private QuizResult play(String answers, QuizConfig config) throws Exception {
        Bank bank = BankJson.read(Path.of("src/test/resources/banks/tiny.json"));
        var items = items();
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        QuizListener listener = new QuizListener() {
            @Override
            public void answered(AnswerRecord record) {
                recorded.add(record);
            }
        };
        PlainQuiz quiz = new PlainQuiz(new BufferedReader(new StringReader(answers)), new PrintWriter(output), true, clock, listener);
        return quiz.run(bank.title(), QuizSession.start(items, config, clock.instant()));
    }

    @Test
    void aWholeQuizFromPipedAnswers() throws Exception {
        // mc, ms, tf, sa, num, cloze (2 blanks), matching, ordering - all right. Matching and
        // ordering are shuffled even without shuffling, so their answers are read off the screen order.
        var presented = items();
        var pairs = presented.get(6).presentation();
        var order = presented.get(7).presentation();
        String pairing = "1" + AnswerParser.letter(pairs.shownIndex(0)) + " 2" + AnswerParser.letter(pairs.shownIndex(1));
        String ordering = (order.shownIndex(0) + 1) + " " + (order.shownIndex(1) + 1) + " " + (order.shownIndex(2) + 1);
        QuizResult r = play("b\na d\nf\nAliyeva\nsixteen\n5\nc\n" + pairing + "\n" + ordering + "\n", QuizConfig.exam(null, 0));
        assertThat(r.count(Verdict.CORRECT)).isEqualTo(8);
        assertThat(r.score()).isEqualTo(9.0);
        assertThat(output.toString()).contains("Score: 9 of 9 (100%)").contains("Question 8 of 8");
    }

    @Test
    void invalidAnswersAreExplainedAndAskedAgainNotMarkedWrong() throws Exception {
        QuizResult r = play("zz\nb\n", QuizConfig.practice());
        assertThat(output.toString()).contains("Type one letter, A-C.");
        assertThat(recorded.get(0).mark().verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(r.count(Verdict.WRONG)).isZero();
    }

    @Test
    void endOfInputFinishesWithTheRestUnansweredAndShowsResults() throws Exception {
        QuizResult r = play("a\n", QuizConfig.practice());
        assertThat(r.count(Verdict.WRONG)).isEqualTo(1);
        assertThat(r.count(Verdict.UNANSWERED)).isEqualTo(7);
        assertThat(output.toString()).contains("Input ended").contains("== Results ==").contains("To revise:");
    }

    @Test
    void practiceShowsFeedbackWithTheRightAnswerAndExplanation() throws Exception {
        play("a\n", QuizConfig.practice());
        assertThat(output.toString()).contains("✗ Wrong").contains("Answer: Brockley").contains("Why: Brockley held the vote.");
    }

    @Test
    void hintCommandShowsTheHintAndCostsPoints() throws Exception {
        play(":hint\nb\n:quit\n", QuizConfig.practice());
        assertThat(output.toString()).contains("Hint: It starts with B.").contains("Finished early");
        assertThat(recorded.get(0).points()).isEqualTo(0.5);
    }

    @Test
    void emptyLineSkips() throws Exception {
        play("\n", QuizConfig.practice());
        assertThat(recorded.get(0).mark().verdict()).isEqualTo(Verdict.SKIPPED);
    }

    @Test
    void asciiTerminalGetsNoUnicodeSymbols() throws Exception {
        Bank bank = BankJson.read(Path.of("src/test/resources/banks/tiny.json"));
        var items = QuestionPicker.pick(bank.questions(), new Selection(0, java.util.Set.of(), java.util.Set.of(), false), 1);
        Clock clock = Clock.systemUTC();
        new PlainQuiz(new BufferedReader(new StringReader("b\nb\nf\nMara Əliyeva\n")), new PrintWriter(output), false, clock,
                QuizListener.NONE).run(bank.title(), QuizSession.start(items, QuizConfig.practice(), clock.instant()));
        assertThat(output.toString()).matches("\\p{ASCII}*");
    }
}
