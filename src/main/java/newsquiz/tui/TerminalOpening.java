package newsquiz.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The real terminal, opened on a thread of its own so that the caller can load the bank and the
 * progress file meanwhile. Opening costs an {@code stty} process and a round trip
 * to ask the terminal its size, which mostly wait on the operating system and the terminal; on
 * two cores the overlap shortens the time to the first question (docs/PERFORMANCE.md).
 *
 * <p>Always a text terminal (never a Swing window), UTF-8 on the wire whatever the JVM's default,
 * and Ctrl-C delivered as a key. {@link #close()} puts the terminal back (echo, line editing,
 * signals), and waits for the opening to finish first, so no way out leaves the terminal raw.
 */
public final class TerminalOpening implements AutoCloseable {

    private final FutureTask<TerminalScreen> opening = new FutureTask<>(TerminalOpening::open);

    private TerminalOpening() {
    }

    /** Starts opening the terminal now. */
    public static TerminalOpening start() {
        TerminalOpening t = new TerminalOpening();
        Thread thread = new Thread(t.opening, "newsquiz-terminal-open");
        thread.setDaemon(true);
        thread.start();
        return t;
    }

    /**
     * The terminal and a screen on it, not yet started: making the screen asks the terminal for
     * its size and waits for the answer, which is worth doing off the main thread too.
     */
    private static TerminalScreen open() throws IOException {
        return new TerminalScreen(batchedOrLanterna());
    }

    /** One stty process where the system allows it; Lanterna's own set-up when it does not. */
    private static Terminal batchedOrLanterna() throws IOException {
        if (BatchedSttyTerminal.available()) {
            try {
                return new BatchedSttyTerminal(System.in, System.out, StandardCharsets.UTF_8);
            } catch (IOException e) {
                // an stty that refuses one of the settings checks its arguments before changing
                // anything, so the terminal is as it was and Lanterna's own set-up can still run
            }
        }
        return lanterna();
    }

    /** Lanterna's own choice of text terminal, for systems without /bin/sh and /dev/tty. */
    private static Terminal lanterna() throws IOException {
        DefaultTerminalFactory factory = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8);
        factory.setForceTextTerminal(true);
        factory.setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP);
        return factory.createTerminal();
    }

    /** The screen, once the terminal is open; throws what opening it threw. */
    TerminalScreen screen() throws IOException {
        try {
            return opening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while opening the terminal");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(cause);
        }
    }

    /** Restores the terminal, if it was opened; waits for the opening when it is still going on. */
    @Override
    public void close() throws IOException {
        TerminalScreen screen;
        try {
            screen = screen();
        } catch (IOException | RuntimeException e) {
            return; // never opened, so nothing to put back
        }
        screen.getTerminal().close();
    }
}
