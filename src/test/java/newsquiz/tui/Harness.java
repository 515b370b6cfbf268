package newsquiz.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import newsquiz.engine.AnswerRecord;
import newsquiz.engine.QuizListener;
import newsquiz.engine.QuizResult;

/**
 * The real loop on a virtual terminal: type keys, pump, read the screen back as text. Everything
 * runs on the test thread (no reader thread blocked in readInput()).
 */
final class Harness {

    final DefaultVirtualTerminal term;
    final TerminalScreen screen;
    final TestClock clock = new TestClock();
    final TuiLoop loop;
    final List<AnswerRecord> answered = new ArrayList<>();
    /** The quizzes a listener was asked for, in order. */
    final List<QuizKey> quizzes = new ArrayList<>();
    final List<QuizResult> finished = new ArrayList<>();
    /** What the listener saw on screen when each answer reached it (was feedback already drawn?). */
    final List<String> screenAtAnswer = new ArrayList<>();

    Harness(ScreenModel first, int columns, int rows, Display display, boolean color) {
        try {
            term = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
            screen = new TerminalScreen(term);
            screen.startScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        QuizListener listener = new QuizListener() {
            @Override
            public void answered(AnswerRecord record) {
                answered.add(record);
                screenAtAnswer.add(text());
            }

            @Override
            public void finished(QuizResult result) {
                finished.add(result);
            }
        };
        AppModel model = new AppModel(first, new Env(new Size(columns, rows), display));
        loop = new TuiLoop(screen, Theme.of(color), clock, quiz -> {
            quizzes.add(quiz);
            return listener;
        }, Fixtures::home, model);
        try {
            loop.draw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Harness(ScreenModel first, int columns, int rows) {
        this(first, columns, rows, Display.of(true), true);
    }

    /** Keys in Lanterna's notation ("<enter>", "<up>", "b", "<c-c>") or plain text, then a pump. */
    Harness keys(String... keys) {
        for (String k : keys) {
            for (KeyStroke stroke : strokes(k)) {
                term.addInput(stroke);
            }
        }
        return pump();
    }

    /** Typed text, one key per character. */
    Harness type(String text) {
        for (char c : text.toCharArray()) {
            term.addInput(new KeyStroke(c, false, false));
        }
        return pump();
    }

    Harness key(KeyStroke k) {
        term.addInput(k);
        return pump();
    }

    Harness pump() {
        try {
            loop.pump();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Harness resize(int columns, int rows) {
        term.setTerminalSize(new TerminalSize(columns, rows));
        return pump();
    }

    static List<KeyStroke> strokes(String k) {
        if (k.startsWith("<") && k.endsWith(">") && k.length() > 2) {
            return switch (k) {
                case "<pgdn>" -> List.of(new KeyStroke(KeyType.PageDown));
                case "<pgup>" -> List.of(new KeyStroke(KeyType.PageUp));
                case "<f1>" -> List.of(new KeyStroke(KeyType.F1));
                case "<stab>" -> List.of(new KeyStroke(KeyType.ReverseTab));
                case "<eof>" -> List.of(new KeyStroke(KeyType.EOF));
                case "<backspace>" -> List.of(new KeyStroke(KeyType.Backspace));
                case "<delete>" -> List.of(new KeyStroke(KeyType.Delete));
                default -> KeyStroke.fromString(k) == null ? List.of() : List.of(KeyStroke.fromString(k));
            };
        }
        List<KeyStroke> out = new ArrayList<>();
        for (char c : k.toCharArray()) {
            out.add(new KeyStroke(c, false, false));
        }
        return out;
    }

    /** The screen as text, one line per row, trailing spaces removed. */
    String text() {
        TerminalSize size = term.getTerminalSize();
        StringBuilder sb = new StringBuilder();
        for (int row = 0; row < size.getRows(); row++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < size.getColumns(); col++) {
                TextCharacter c = term.getCharacter(col, row);
                line.append(c == null ? " " : c.getCharacterString());
                if (c != null && c.isDoubleWidth()) {
                    col++; // the next cell is the right half of this character
                }
            }
            sb.append(line.toString().replaceAll("\\s+$", "")).append('\n');
        }
        return sb.toString();
    }

    ScreenModel screenModel() {
        return loop.model().screen();
    }

    Integer exitCode() {
        return loop.exitCode();
    }
}
