package newsquiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import newsquiz.engine.AnswerRecord;
import newsquiz.engine.QuizConfig;
import newsquiz.engine.QuizListener;
import org.junit.jupiter.api.Test;

/**
 * A progress store that cannot save shows its warning on the message line after each answer; when
 * saving works again the learner is told so, and the warning does not come back.
 */
class SaveWarningTest {

    /** A listener whose store fails while {@code failing} is set, as a full disk would. */
    static final class FlakyStore implements QuizListener {
        boolean failing;

        @Override
        public void answered(AnswerRecord record) {
        }

        @Override
        public String warning() {
            return failing ? "progress is not being saved (No space left on device)" : null;
        }
    }

    @Test
    void theWarningShowsWhileSavingFailsAndGoesWhenItWorksAgain() throws IOException {
        DefaultVirtualTerminal term = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        TerminalScreen screen = new TerminalScreen(term);
        screen.startScreen();
        FlakyStore store = new FlakyStore();
        AppModel model = new AppModel(Fixtures.quiz(Fixtures.session(QuizConfig.practice())), Fixtures.ENV);
        TuiLoop loop = new TuiLoop(screen, Theme.of(false), new TestClock(), quiz -> store, Fixtures::home, model);
        loop.draw();

        store.failing = true;
        press(term, loop, 'a'); // multiple choice answered: feedback
        assertThat(message(loop)).contains("No space left on device");
        press(term, loop, '\n');
        press(term, loop, 'a');
        press(term, loop, 'd');
        store.failing = false; // the disk has room again; this answer is saved
        press(term, loop, '\n');
        assertThat(message(loop)).isEqualTo("Progress is being saved again.");
        assertThat(term.toString()).contains("Progress is being saved again.");
        press(term, loop, '\n');
        press(term, loop, 't'); // true/false answered, saved as well: nothing more to say
        assertThat(message(loop)).isNull();
        screen.stopScreen();
    }

    private static void press(DefaultVirtualTerminal term, TuiLoop loop, char c) throws IOException {
        term.addInput(c == '\n' ? KeyStroke.fromString("<enter>") : new KeyStroke(c, false, false));
        loop.pump();
    }

    private static String message(TuiLoop loop) {
        return ((QuizModel) loop.model().screen()).message();
    }
}
