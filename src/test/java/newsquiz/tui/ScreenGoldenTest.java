package newsquiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import newsquiz.bank.QuestionType;
import newsquiz.engine.QuizConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every screen as text, compared with src/test/resources/golden/. Each question type is shown
 * part-answered, at 80x24 and at the 40x12 minimum.
 */
class ScreenGoldenTest {

    static Stream<Arguments> typesAndSizes() {
        return Stream.of(QuestionType.values())
                .flatMap(t -> Stream.of(Arguments.of(t, 80, 24), Arguments.of(t, 40, 12)));
    }

    /** A few keys per type so the snapshot shows the answer area in use, not only empty. */
    static String[] partAnswer(QuestionType type) {
        return switch (type) {
            case MULTIPLE_CHOICE -> new String[] {"<down>"};
            case MULTIPLE_SELECT -> new String[] {"a", "<down>", "<down>"};
            case TRUE_FALSE -> new String[] {"<down>"};
            case SHORT_ANSWER -> new String[] {"Mara Aliyeva"};
            case NUMERIC -> new String[] {"16"};
            case CLOZE -> new String[] {"five", "<tab>"};
            case MATCHING -> new String[] {"a"};
            case ORDERING -> new String[] {" ", "<down>"};
        };
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @MethodSource("typesAndSizes")
    void questionScreens(QuestionType type, int columns, int rows) {
        Harness h = new Harness(Fixtures.quiz(Fixtures.only(type, QuizConfig.practice())), columns, rows);
        Golden.check("question-" + type.jsonName() + "-" + columns + "x" + rows, h.text());
        h.keys(partAnswer(type));
        String screen = h.text();
        assertThat(screen).doesNotContain("Make the window bigger");
        Golden.check("question-" + type.jsonName() + "-answering-" + columns + "x" + rows, screen);
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @MethodSource("sizes")
    void homeFeedbackResultsReview(int columns, int rows) {
        String size = columns + "x" + rows;
        Harness h = new Harness(Fixtures.home(), columns, rows);
        Golden.check("home-" + size, h.text());
        h.keys("<right>");
        h.keys("<down>", "<right>");
        Golden.check("home-exam-options-" + size, h.text());

        Harness q = new Harness(Fixtures.quiz(Fixtures.session(QuizConfig.practice())), columns, rows);
        q.keys("a"); // multiple choice, wrong
        Golden.check("feedback-wrong-" + size, q.text());
        q.keys("<enter>", "a", "d", "<enter>"); // multiple select, right
        Golden.check("feedback-correct-" + size, q.text());
        q.keys("<enter>", "<esc>", "r");
        Golden.check("results-" + size, q.text());
        q.keys("<enter>");
        Golden.check("review-" + size, q.text());
    }

    static Stream<Arguments> sizes() {
        return Stream.of(Arguments.of(80, 24), Arguments.of(40, 12));
    }

    @Test
    void overlays() {
        Harness h = new Harness(Fixtures.quiz(Fixtures.session(QuizConfig.practice())), 80, 24);
        h.keys("?");
        Golden.check("help-question-80x24", h.text());
        h.keys("x", "<c-c>");
        Golden.check("quit-confirm-80x24", h.text());
    }

    @Test
    void timersInExamAndSpeedRounds() {
        Harness exam = new Harness(Fixtures.quiz(Fixtures.session(QuizConfig.exam(Duration.ofMinutes(10), 0.25))), 80, 24);
        exam.clock.advance(Duration.ofSeconds(75));
        exam.pump();
        Golden.check("exam-timer-80x24", exam.text());

        Harness speed = new Harness(Fixtures.quiz(Fixtures.session(QuizConfig.speed(Duration.ofSeconds(20), true, true))), 40, 12);
        speed.clock.advance(Duration.ofSeconds(4));
        speed.pump();
        Golden.check("speed-timer-40x12", speed.text());
    }

    @Test
    void tooSmall() {
        Harness h = new Harness(Fixtures.home(), 30, 8);
        Golden.check("too-small-30x8", h.text());
    }
}
