package newsquiz.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import newsquiz.engine.QuizListener;

/**
 * Runs the full-screen UI in the real terminal. Always a text terminal (never a Swing window),
 * UTF-8 on the wire whatever the JVM's default, Ctrl-C delivered as a key, and the terminal put
 * back (echo, cursor, main screen) on every way out, exceptions included.
 */
public final class Tui {

    private Tui() {
    }

    /**
     * Opens the screen, shows the model {@code first} makes for the moment it is up, and runs
     * until the learner quits; returns the exit code. {@code home} is called when a screen without
     * a home screen of its own asks to go home; {@code listeners} gives each quiz taken its listener.
     */
    public static int run(Function<Instant, ScreenModel> first, Supplier<HomeModel> home, Display display, boolean color,
                          Function<QuizKey, QuizListener> listeners)
            throws IOException, InterruptedException {
        DefaultTerminalFactory factory = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8);
        factory.setForceTextTerminal(true);
        factory.setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP);
        Terminal terminal = factory.createTerminal();
        try {
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            try {
                TerminalSize size = screen.getTerminalSize();
                Clock clock = Clock.systemUTC();
                AppModel model = new AppModel(first.apply(clock.instant()),
                        new Env(new Size(size.getColumns(), size.getRows()), display));
                return new TuiLoop(screen, Theme.of(color), clock, listeners, home, model).run();
            } finally {
                screen.stopScreen();
            }
        } finally {
            // stopScreen() leaves echo off in Lanterna 3.1.3; closing the terminal restores the tty.
            terminal.close();
        }
    }
}
