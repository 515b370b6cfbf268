package newsquiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CoalescingUnixTerminalTest {

    /** Counts the writes that reach it, as the terminal emulator would see them. */
    private static final class CountingOutput extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int writes;

        @Override
        public void write(int b) {
            writes++;
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writes++;
            bytes.write(b, off, len);
        }
    }

    private static InputStream noKeys() {
        return new ByteArrayInputStream(new byte[0]);
    }

    /**
     * The terminal under test, without the stty calls (there is no tty under the test runner).
     * Lanterna makes every one of them (save, restore, echo, line editing, signals) through
     * {@code runSTTYCommand}, so that one method is overridden, here and in {@link Plain}: the two
     * cannot share a class, as one extends ours and the other Lanterna's own terminal.
     */
    private static final class Coalescing extends CoalescingUnixTerminal {
        Coalescing(OutputStream out, Charset charset) throws IOException {
            super(noKeys(), out, charset, CtrlCBehaviour.TRAP);
        }

        @Override
        protected String runSTTYCommand(String... parameters) {
            return "";
        }
    }

    /** Lanterna's own terminal, likewise without stty: the reference output. */
    private static final class Plain extends UnixTerminal {
        Plain(OutputStream out, Charset charset) throws IOException {
            super(noKeys(), out, charset, CtrlCBehaviour.TRAP);
        }

        @Override
        protected String runSTTYCommand(String... parameters) {
            return "";
        }
    }

    private static final String[] TEXT = {"a", "Q 1/50", " ", "é", "✓", "─", "│", "~", "x", "Tab\tand", "日本", "·░",
        "\uD83D\uDE00", "ß\u0007"};

    /**
     * Lanterna's output without the NUL byte it sends after each two-byte UTF-8 character (its
     * encoder's buffer is a byte too long); ours sends the same bytes without those.
     */
    private static byte[] withoutStrayNuls(ByteArrayOutputStream lanterna) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        for (byte b : lanterna.toByteArray()) {
            if (b != 0) {
                kept.write(b);
            }
        }
        return kept.toByteArray();
    }

    /** A random mix of what a screen refresh sends: mostly text, with colours, modifiers, cursor moves, flushes. */
    private static void drive(Terminal t, long seed) throws IOException {
        Random r = new Random(seed);
        for (int i = 0; i < 400; i++) {
            switch (r.nextInt(20)) {
                case 0 -> t.setForegroundColor(TextColor.ANSI.values()[r.nextInt(8)]);
                case 1 -> t.enableSGR(SGR.BOLD);
                case 2 -> t.resetColorAndSGR();
                case 3 -> t.setCursorPosition(r.nextInt(80), r.nextInt(24));
                case 4 -> t.flush();
                case 5, 6 -> t.putCharacter(TEXT[r.nextInt(TEXT.length)].charAt(0));
                default -> t.putString(TEXT[r.nextInt(TEXT.length)]);
            }
        }
        t.flush();
    }

    @Test
    void sendsExactlyWhatLanternaSends() throws IOException {
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.US_ASCII}) {
            for (long seed = 1; seed <= 20; seed++) {
                CountingOutput plainOut = new CountingOutput();
                CountingOutput batchedOut = new CountingOutput();
                drive(new Plain(plainOut, charset), seed);
                drive(new Coalescing(batchedOut, charset), seed);
                assertThat(batchedOut.bytes.toByteArray()).as("seed %d, %s", seed, charset)
                        .isEqualTo(withoutStrayNuls(plainOut.bytes)).doesNotContain((byte) 0);
            }
        }
    }

    /** A full refresh of an 80x24 screen of text in a few styles, as the quiz draws it. */
    private static void refreshAFrame(Terminal t) throws IOException {
        TerminalScreen screen = new TerminalScreen(t);
        screen.startScreen();
        TextGraphics g = screen.newTextGraphics();
        for (int row = 0; row < 24; row++) {
            g.setForegroundColor(row % 3 == 0 ? TextColor.ANSI.CYAN : TextColor.ANSI.DEFAULT);
            g.putString(0, row, ("Question " + row + ": which of these is right? ").repeat(3).substring(0, 70)
                    + "░░░·–é✓─");
        }
        screen.refresh(Screen.RefreshType.COMPLETE);
    }

    @Test
    void aFullFrameGoesOutInAFewWritesInsteadOfOneACharacter() throws IOException {
        CountingOutput plainOut = new CountingOutput();
        CountingOutput batchedOut = new CountingOutput();
        refreshAFrame(new Plain(plainOut, StandardCharsets.UTF_8));
        refreshAFrame(new Coalescing(batchedOut, StandardCharsets.UTF_8));
        assertThat(batchedOut.bytes.toByteArray()).isEqualTo(withoutStrayNuls(plainOut.bytes));
        assertThat(plainOut.writes).as("Lanterna: about one write a character").isGreaterThan(24 * 79);
        assertThat(batchedOut.writes).isLessThan(plainOut.writes / 3);
    }

    @Test
    void heldTextReachesTheTerminalBeforeAnythingWrittenAfterIt() throws IOException {
        CountingOutput out = new CountingOutput();
        Coalescing t = new Coalescing(out, StandardCharsets.UTF_8);
        t.putString("ab");
        assertThat(out.bytes.size()).as("plain text waits for the next write or flush").isZero();
        t.setCursorPosition(0, 0);
        assertThat(out.bytes.toString(StandardCharsets.UTF_8)).isEqualTo("ab\u001b[1;1H");
        t.putString("cd");
        t.flush();
        assertThat(out.bytes.toString(StandardCharsets.UTF_8)).endsWith("\u001b[1;1Hcd");
    }

    @Test
    void closingSendsWhatIsStillHeld() throws IOException {
        CountingOutput out = new CountingOutput();
        Coalescing t = new Coalescing(out, StandardCharsets.UTF_8);
        t.putString("bye");
        t.close();
        assertThat(out.bytes.toString(StandardCharsets.UTF_8)).contains("bye");
    }
}
