package newsquiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.List;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.QuestionInfo;
import newsquiz.engine.Presentation;
import newsquiz.engine.QuizConfig;
import newsquiz.engine.QuizItem;
import newsquiz.engine.QuizSession;
import org.junit.jupiter.api.Test;

/** Bank text cannot drive the terminal; ASCII-only and NO_COLOR terminals get what they can show. */
class TerminalSafetyTest {

    static QuizModel hostile() {
        String evil = "Pick \u001b[2J\u001b]0;pwned\u0007one\u0000\u009b of these: Əliyev 日本";
        MultipleChoice q = new MultipleChoice(new QuestionInfo("evil", evil, "Because\u001b[31m red", List.of("x"), 1, 1, null, null),
                List.of("ok\u001b[1mbold", "Baku ✓", "plain"), 0);
        QuizSession s = QuizSession.start(List.of(new QuizItem(q, Presentation.unshuffled(q))), QuizConfig.practice(), Fixtures.T0);
        return QuizModel.start("Bank \u001b[5m title", QuizKey.of("evil", s.config().mode()), s, Fixtures.T0, null);
    }

    @Test
    void noControlCharactersReachTheScreen() {
        Harness h = new Harness(hostile(), 80, 24);
        h.keys("b");
        String screen = h.text();
        assertThat(screen.chars()).noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c < 0xa0);
        assertThat(screen).doesNotContain("[2J").doesNotContain("pwned").doesNotContain("[31m");
    }

    @Test
    void asciiTerminalsGetOnlyAscii() {
        Harness h = new Harness(hostile(), 80, 24, Display.of(false), true);
        String question = h.text();
        h.keys("b");
        String feedback = h.text();
        for (String screen : List.of(question, feedback)) {
            assertThat(screen.chars()).allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f));
        }
        assertThat(feedback).contains("x Wrong");
        Harness home = new Harness(Fixtures.home(), 40, 12, Display.of(false), true);
        assertThat(home.text().chars()).allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f));
        assertThat(home.text()).contains("> 1").contains("< practice >");
    }

    @Test
    void noColorMeansDefaultColoursEverywhere() {
        Harness h = new Harness(Fixtures.quiz(Fixtures.session(QuizConfig.practice())), 80, 24, Display.of(true), false);
        h.keys("a");
        for (int row = 0; row < 24; row++) {
            for (int col = 0; col < 80; col++) {
                TextCharacter c = h.term.getCharacter(col, row);
                assertThat(c.getForegroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
                assertThat(c.getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
            }
        }
        assertThat(h.text()).contains("✗ Wrong");
    }

    @Test
    void colourIsNeverTheOnlySign() {
        Harness h = new Harness(Fixtures.quiz(Fixtures.session(QuizConfig.practice())), 80, 24);
        h.keys("b");
        assertThat(h.text()).contains("✓ Correct");
        assertThat(h.term.getCharacter(1, 5).getForegroundColor()).isEqualTo(TextColor.ANSI.GREEN);
    }
}
