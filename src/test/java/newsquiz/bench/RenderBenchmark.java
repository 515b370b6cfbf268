package newsquiz.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.ByteArrayInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import newsquiz.bank.Bank;
import newsquiz.bank.BankJson;
import newsquiz.engine.QuizListener;
import newsquiz.engine.QuizMode;
import newsquiz.engine.QuizSession;
import newsquiz.engine.QuizSetup;
import newsquiz.tui.AppModel;
import newsquiz.tui.Display;
import newsquiz.tui.Env;
import newsquiz.tui.Key;
import newsquiz.tui.Msg;
import newsquiz.tui.QuizKey;
import newsquiz.tui.QuizModel;
import newsquiz.tui.Size;
import newsquiz.tui.Theme;
import newsquiz.tui.TuiLoop;

/**
 * The cost of one frame after a key stroke: update + render + refresh, in-process, on the bundled
 * bank's question screen. Two terminals: Lanterna's virtual one (no output at all) and an ANSI
 * terminal writing its escape codes to /dev/null (what a real run pays, short of the terminal
 * emulator itself). Two kinds of key: moving the highlight (a small diff) and skipping (Ctrl-N, feedback) then
 * going on (most of the screen changes). Wall time and the thread's own CPU time are both shown:
 * on a busy machine the CPU time is the steadier figure. Run with scripts/bench-render.sh.
 */
public final class RenderBenchmark {

    public static void main(String[] args) throws Exception {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Bank bank = BankJson.read(Path.of("questions/us-azerbaijan-charter.json"));
        System.out.println("| terminal | key | first frame, ms | median, ms | p90, ms | median CPU, ms | bytes/frame |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String terminal : new String[] {"virtual", "ansi"}) {
            run(terminal, "arrow (move highlight)", bank, frames, false);
            run(terminal, "skip (feedback) / next question", bank, frames, true);
        }
    }

    private static void run(String kind, String label, Bank bank, int frames, boolean answering) throws Exception {
        CountingStream sink = new CountingStream(new FileOutputStream("/dev/null"));
        Terminal term = kind.equals("virtual") ? new DefaultVirtualTerminal(new TerminalSize(80, 24)) : ansi(sink);
        TerminalScreen screen = new TerminalScreen(term);
        screen.startScreen();
        Instant now = Instant.now();
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double first = -1;
        TuiLoop loop = null;
        for (int i = 0; i < frames + 200; i++) {
            if (loop == null || !(loop.model().screen() instanceof QuizModel)) {
                loop = newLoop(screen, bank, now);
                loop.draw();
            }
            Key key = !answering ? Key.of(Key.Kind.DOWN) : i % 2 == 0 ? Key.ctrl('n') : Key.of(Key.Kind.ENTER);
            long before = sink.count;
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            loop.dispatch(new Msg.KeyPress(key, now));
            loop.draw();
            double ms = (System.nanoTime() - t0) / 1e6;
            double cpuMs = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            if (first < 0) {
                first = ms;
            }
            if (i >= 200) { // after warm-up
                times.add(ms);
                cpu.add(cpuMs);
                sink.frames += sink.count - before;
            }
        }
        screen.stopScreen();
        Collections.sort(times);
        Collections.sort(cpu);
        System.out.printf("| %s | %s | %.2f | %.3f | %.3f | %.3f | %s |%n", kind, label, first, times.get(times.size() / 2),
                times.get((int) (times.size() * 0.9)), cpu.get(cpu.size() / 2),
                kind.equals("virtual") ? "-" : String.valueOf(sink.frames / times.size()));
    }

    private static TuiLoop newLoop(TerminalScreen screen, Bank bank, Instant now) {
        QuizSetup setup = QuizSetup.defaults(7).withMode(QuizMode.PRACTICE);
        QuizSession session = setup.start(bank.questions(), now).orElseThrow();
        AppModel model = new AppModel(QuizModel.start(bank.title(), QuizKey.of(bank.id(), QuizMode.PRACTICE), session, now, null),
                new Env(new Size(80, 24), Display.of(true)));
        return new TuiLoop(screen, Theme.of(true), Clock.systemUTC(), quiz -> QuizListener.NONE, () -> null, model);
    }

    /** An xterm-style terminal of a fixed 80x24 whose output goes to {@code out}. */
    private static Terminal ansi(OutputStream out) throws Exception {
        return new ANSITerminal(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8) {
            @Override
            protected TerminalSize findTerminalSize() {
                return new TerminalSize(80, 24);
            }
        };
    }

    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        long count;
        long frames;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            count++;
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            count += len;
            out.write(b, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            out.flush();
        }
    }
}
