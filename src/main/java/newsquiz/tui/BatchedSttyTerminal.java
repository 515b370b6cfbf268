package newsquiz.tui;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Lanterna's Unix terminal, set up with one {@code stty} process instead of five. Lanterna 3.1.3
 * saves the settings and then turns off line editing, the minimum read, echo and the Ctrl-C
 * signal, each with a process of its own; on a loaded two-core machine each costs tens of
 * milliseconds of the start-up the learner waits through. Here saving the settings also applies
 * all four in the same shell, and the calls that follow find them done. Everything else
 * (restoring on close or exit, the resize signal, key decoding) is Lanterna's.
 *
 * <p>The overridden methods run inside the superclass constructor, before this class's field
 * initialisers would: so the fields have none, and start as null and false.
 */
final class BatchedSttyTerminal extends CoalescingUnixTerminal {

    private static final File TTY = new File("/dev/tty");
    /**
     * What Lanterna's setup applies, with Ctrl-C delivered as a key; and two more it leaves on:
     * Ctrl-Z would suspend the program in a shell with job control, and on {@code fg} the shell
     * hands back a cooked terminal that the screen cannot read keys from; Ctrl-S would freeze the
     * output until Ctrl-Q. Both become keys (that nothing is bound to). The saved settings put
     * them back on the way out.
     */
    private static final String SAVE_AND_GO_RAW = "stty -g && stty -icanon min 1 -echo intr undef susp undef -ixon";

    private String savedSettings;
    private boolean lineEditingOff;
    private boolean echoOff;
    private boolean signalsOff;

    BatchedSttyTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
        super(in, out, charset, CtrlCBehaviour.TRAP);
    }

    /** True when the batched setup can run here: a Unix shell and a controlling terminal. */
    static boolean available() {
        return new File("/bin/sh").canExecute() && TTY.exists();
    }

    @Override
    protected void saveTerminalSettings() throws IOException {
        savedSettings = shell(SAVE_AND_GO_RAW).trim();
        lineEditingOff = true;
        echoOff = true;
        signalsOff = true;
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (savedSettings != null) {
            runSTTYCommand(savedSettings);
            lineEditingOff = false;
            echoOff = false;
            signalsOff = false;
        }
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (enabled || !lineEditingOff) {
            super.canonicalMode(enabled);
            lineEditingOff = !enabled;
        }
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (enabled || !echoOff) {
            super.keyEchoEnabled(enabled);
            echoOff = !enabled;
        }
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if (enabled || !signalsOff) {
            super.keyStrokeSignalsEnabled(enabled);
            signalsOff = !enabled;
        }
    }

    /** Runs {@code script} with the terminal as its input; returns what it printed. */
    private static String shell(String script) throws IOException {
        Process p = new ProcessBuilder("/bin/sh", "-c", script).redirectInput(TTY)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream stdout = p.getInputStream()) {
            stdout.transferTo(out);
        }
        try {
            if (p.waitFor() != 0) {
                throw new IOException("could not set up the terminal (stty failed)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while setting up the terminal");
        }
        return out.toString(Charset.defaultCharset());
    }
}
