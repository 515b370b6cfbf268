package newsquiz.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;
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
        try (TerminalOpening terminal = TerminalOpening.start()) {
            return run(terminal, first, home, display, color, listeners);
        }
    }

    /**
     * As {@link #run(Function, Supplier, Display, boolean, Function)}, on a terminal the caller
     * started opening earlier (and closes).
     */
    public static int run(TerminalOpening opening, Function<Instant, ScreenModel> first, Supplier<HomeModel> home,
                          Display display, boolean color, Function<QuizKey, QuizListener> listeners)
            throws IOException, InterruptedException {
        // stopScreen() leaves echo off in Lanterna 3.1.3; closing the terminal (the caller's
        // TerminalOpening) restores the tty.
        TerminalScreen screen = opening.screen();
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
    }
}
