package newsquiz.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A one-line "newsquiz: stage..." status on stderr, shown only when stderr is a terminal and the
 * work has already taken {@value #DELAY_MS} ms (quick runs stay silent), erased when done.
 */
final class ProgressLine implements Consumer<String>, AutoCloseable {

    static final long DELAY_MS = 400;

    private final PrintWriter err;
    private final ScheduledExecutorService timer;
    private volatile String stage = "starting";
    private String shown;

    private ProgressLine(PrintWriter err, boolean enabled) {
        this.err = err;
        if (enabled) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::show, DELAY_MS, 200, TimeUnit.MILLISECONDS);
        } else {
            timer = null;
        }
    }

    static ProgressLine onStderr(PrintWriter err) {
        return new ProgressLine(err, stderrIsTerminal());
    }

    @Override
    public void accept(String newStage) {
        stage = newStage;
    }

    private synchronized void show() {
        String s = stage;
        if (!s.equals(shown)) {
            err.print("\r\033[K" + "newsquiz: " + s + "...");
            err.flush();
            shown = s;
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            if (shown != null) {
                err.print("\r\033[K");
                err.flush();
            }
        }
    }

    /** Java 17 cannot ask about stderr alone; on Linux its descriptor tells, elsewhere assume a console means a TTY. */
    static boolean stderrIsTerminal() {
        if (System.getenv("CI") != null) {
            return false;
        }
        try {
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
            String t = target.toString();
            return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }
}
