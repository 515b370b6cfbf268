package newsquiz.classroom;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsquiz.bank.Bank;
import newsquiz.engine.QuizConfig;
import newsquiz.engine.QuizItem;
import newsquiz.engine.QuizSession;
import newsquiz.engine.Response;
import newsquiz.engine.Selection;

/** The tiny test bank as a 10-minute exam, and right answers to each of its questions. */
final class ExamFixture {

    static final Path TINY = Path.of("src/test/resources/banks/tiny.json");
    static final Bank BANK = FixedQuizTest.load(TINY.toString());
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final QuizConfig CONFIG = QuizConfig.exam(Duration.ofMinutes(10), 0.25);
    static final Selection ALL = new Selection(0, Set.of(), Set.of(), true);

    static final Map<String, Response> RIGHT = Map.of(
            "mc", new Response.Choice(1),
            "ms", new Response.Selection(Set.of(0, 3)),
            "tf", new Response.Truth(false),
            "sa", new Response.Text("Aliyeva"),
            "num", new Response.Text("16"),
            "cl", new Response.Blanks(List.of("5", "May")),
            "mt", new Response.Pairing(List.of(0, 1)),
            "ord", new Response.Order(List.of(0, 1, 2)));

    private ExamFixture() {
    }

    static List<QuizItem> items(String student) {
        return FixedQuiz.items(BANK.questions(), ALL, 7, student);
    }

    static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    /** Answers the current question rightly at {@code now} and tells the recorder, as a front end does. */
    static QuizSession answerRight(QuizSession s, ResultRecorder recorder, Instant now) {
        QuizSession.Step step = s.answer(RIGHT.get(s.current().question().id()), now);
        recorder.answered(step.record());
        return step.next();
    }
}
