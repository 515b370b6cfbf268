package newsquiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import newsquiz.engine.QuizConfig;
import newsquiz.engine.QuizMode;
import newsquiz.engine.QuizSession;
import newsquiz.engine.QuizResult;
import newsquiz.engine.Verdict;
import org.junit.jupiter.api.Test;

/** A whole practice quiz on the tiny bank, typed key by key into the real loop on a virtual terminal. */
class WholeQuizTest {

    @Test
    void practiceQuizFromFirstKeyToResults() {
        Harness h = new Harness(Fixtures.quiz(Fixtures.session(QuizConfig.practice())), 80, 24);
        h.keys("a");                                   // mc: Ashford, wrong; comes back at the end
        assertThat(h.text()).contains("✗ Wrong").contains("Answer: Brockley");
        h.keys("<enter>", "a", "d", "<enter>");       // ms: library + park
        h.keys("<enter>", "t");                        // tf: wrong (it was not unanimous); comes back
        h.keys("<enter>", "Aliyevq", "<backspace>", "a", "<enter>"); // short answer, with a correction
        assertThat(h.text()).contains("✓ Correct");
        h.keys("<enter>", "16", "<enter>");           // numeric, 2 points
        h.keys("<enter>", "five", "<tab>", "c", "<enter>"); // cloze: five, May
        h.keys("<enter>", "a", "b", "<enter>");       // matching
        h.keys("<enter>", "<enter>");                  // ordering: no shuffle, already in order
        h.keys("<enter>", "b");                        // mc again: right this time
        h.keys("<enter>", "t");                        // tf again: wrong again
        h.keys("<enter>");

        String results = h.text();
        assertThat(results).contains("Score 8 of 9  (89%)").contains("✗ 3. The vote was unanimous.");
        assertThat(h.answered).hasSize(10);
        assertThat(h.finished).hasSize(1);
        QuizResult r = h.finished.get(0);
        assertThat(r.score()).isEqualTo(8);
        assertThat(r.count(Verdict.CORRECT)).isEqualTo(7);

        // The first answer reached the listener before its feedback was drawn.
        assertThat(h.screenAtAnswer.get(0)).contains("Pick one answer.").doesNotContain("Wrong");

        h.keys("<enter>");
        assertThat(h.text()).contains("mistake 1 of 1").contains("Answer: false");
        h.keys("<esc>", "q");
        assertThat(h.exitCode()).isZero();
    }

    @Test
    void withoutAHomeScreenTheLoopBuildsOneWhenAsked() {
        QuizSession s = Fixtures.session(QuizConfig.exam(null, 0));
        QuizModel q = QuizModel.start("Tiny test bank", QuizKey.of("tiny", QuizMode.EXAM), s, Fixtures.T0, null);
        Harness h = new Harness(q, 80, 24);
        h.keys("<c-c>", "r");
        assertThat(h.text()).contains("n new quiz");
        h.keys("n");
        assertThat(h.screenModel()).isInstanceOf(HomeModel.class);
        assertThat(h.text()).contains("Question banks").contains("Tiny test bank");
    }

    @Test
    void ctrlCMidQuizAsksThenQuitsWith130() {
        Harness h = new Harness(Fixtures.quiz(Fixtures.session(QuizConfig.practice())), 80, 24);
        h.keys("b", "<enter>", "<c-c>");
        assertThat(h.text()).contains("End the quiz?");
        assertThat(h.exitCode()).isNull();
        h.keys("<c-c>");
        assertThat(h.exitCode()).isEqualTo(130);
        assertThat(h.finished).singleElement().satisfies(r -> assertThat(r.count(Verdict.CORRECT)).isEqualTo(1));
    }
}
