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
import java.util.Set;
import newsquiz.bank.Bank;
import newsquiz.bank.BankJson;
import newsquiz.engine.AnswerRecord;
import newsquiz.engine.QuestionPicker;
import newsquiz.engine.QuizConfig;
import newsquiz.engine.QuizListener;
import newsquiz.engine.QuizResult;
import newsquiz.engine.QuizSession;
import newsquiz.engine.Selection;
import newsquiz.engine.Verdict;
import org.junit.jupiter.api.Test;

/** Line mode's :undo, mode label and heading notes, as review and weak spots use them. */
class PlainQuizUndoTest {

    final StringWriter output = new StringWriter();
    final List<AnswerRecord> recorded = new ArrayList<>();
    int takenBack;

    QuizResult play(String answers, boolean undo) throws Exception {
        Bank bank = BankJson.read(Path.of("src/test/resources/banks/tiny.json"));
        var items = QuestionPicker.pick(bank.questions(), new Selection(3, Set.of(), Set.of(), false), 1);
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        QuizListener listener = new QuizListener() {
            @Override
            public void answered(AnswerRecord record) {
                recorded.add(record);
            }
        };
        PlainQuiz quiz = new PlainQuiz(new BufferedReader(new StringReader(answers)), new PrintWriter(output), true,
                clock, listener).labelled("review").annotating(item -> item.question().id().equals("mc") ? "new" : null);
        if (undo) {
            quiz.allowingUndo(() -> {
                takenBack++;
                recorded.remove(recorded.size() - 1);
                return true;
            });
        }
        return quiz.run(bank.title(), QuizSession.start(items, QuizConfig.review(), clock.instant()));
    }

    @Test
    void undoTakesTheLastAnswerBackAndAsksItAgain() throws Exception {
        QuizResult r = play("a\n:undo\nb\na d\nf\n", true);
        assertThat(takenBack).isEqualTo(1);
        assertThat(recorded).extracting(a -> a.mark().verdict())
                .containsExactly(Verdict.CORRECT, Verdict.CORRECT, Verdict.CORRECT);
        assertThat(r.count(Verdict.CORRECT)).isEqualTo(3);
        assertThat(r.count(Verdict.WRONG)).isZero();
        String out = output.toString();
        assertThat(out).contains("- review, 3 questions").contains(":undo")
                .contains("Took back your last answer; here is that question again.")
                .contains("Question 1 of 3  |  score 0  |  new");
        assertThat(out.split("Question 1 of 3", -1)).hasSize(3); // shown twice
    }

    @Test
    void undoRepeatsBackToTheStartAndThenHasNothingLeft() throws Exception {
        play("b\nb\n:undo\n:undo\n:undo\n:quit\n", true);
        assertThat(takenBack).isEqualTo(2);
        assertThat(recorded).isEmpty();
        assertThat(output.toString()).contains("Nothing to undo.");
    }

    @Test
    void undoWorksAfterASkip() throws Exception {
        play("\n:u\nb\n:quit\n", true);
        assertThat(recorded).singleElement().satisfies(a -> assertThat(a.mark().verdict()).isEqualTo(Verdict.CORRECT));
    }

    @Test
    void withoutUndoTheCommandIsExplainedAndNotTakenAsAnAnswer() throws Exception {
        play("b\n:undo\na d\nf\n", false);
        assertThat(output.toString()).contains("Undo is for review and weak spots").doesNotContain(":undo :quit");
        assertThat(recorded).hasSize(3);
        assertThat(recorded.get(1).mark().verdict()).isEqualTo(Verdict.CORRECT);
    }
}
