package newsquiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import newsquiz.bank.QuestionType;
import newsquiz.engine.QuizConfig;
import org.junit.jupiter.api.Test;

/** Resizing mid-question reflows the screen; below 40x12 a message replaces it until it grows back. */
class ResizeTest {

    @Test
    void resizeMidQuestionReflowsAndKeepsTheAnswerInProgress() {
        Harness h = new Harness(Fixtures.quiz(Fixtures.only(QuestionType.MULTIPLE_SELECT, QuizConfig.practice())), 80, 24);
        h.keys("a", "<down>", "<down>");
        String wide = h.text();
        assertThat(wide.lines().count()).isEqualTo(24);
        assertThat(wide).contains("[x] A  library").contains("A-D tick  ↑↓ Space move/tick  Enter answer");

        h.resize(40, 12);
        String narrow = h.text();
        assertThat(narrow.lines().count()).isEqualTo(12);
        assertThat(narrow.lines()).allMatch(l -> l.length() <= 40);
        assertThat(narrow).contains("[x] A  library").contains("› [ ] C  stadium").doesNotContain("move/tick");

        h.resize(30, 10);
        assertThat(h.text()).contains("Make the window bigger").contains("now 30x10");
        h.keys("d"); // ignored while the learner cannot see
        h.resize(100, 30);
        String big = h.text();
        assertThat(big).contains("[x] A  library").contains("[ ] D  park").doesNotContain("bigger");
        assertThat(big.lines().count()).isEqualTo(30);
        h.keys("<enter>");
        assertThat(h.answered).singleElement()
                .satisfies(r -> assertThat(r.mark().verdict()).isEqualTo(newsquiz.engine.Verdict.PARTIAL));
    }

    @Test
    void longPromptWrapsToTheWidthAndScrolls() {
        Harness h = new Harness(Fixtures.quiz(Fixtures.only(QuestionType.MATCHING, QuizConfig.practice())), 40, 12);
        h.keys("<down>");
        assertThat(h.text()).contains("› 2. The treasurer");
        h.keys("<pgdn>");
        assertThat(h.text()).contains("C  no comment");
    }
}
