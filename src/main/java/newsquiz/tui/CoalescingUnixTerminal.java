package newsquiz.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Lanterna's Unix terminal with the screen's characters written in batches. Lanterna 3.1.3 writes
 * every character of a refresh on its own (a {@code Charset.encode} and, through the autoflushing
 * {@code System.out}, a {@code write} system call each): about two thousand for a full 80x24 frame,
 * each also waking the terminal emulator. Here plain ASCII characters are collected and written
 * together just before anything else is written (colours, cursor moves, a size query) and on
 * {@code flush()}, which the screen calls at the end of every refresh; so the bytes reach the
 * terminal in the same order, and nothing that waits on the terminal's reply is held back.
 * On a UTF-8 terminal other printable characters (the progress bar's blocks, dashes, accents) are
 * held too, encoded here: Lanterna's own encoding of them also sent a stray NUL byte after each
 * two-byte character. The rest (surrogates, line-drawing on non-UTF-8 terminals) take Lanterna's
 * own path.
 *
 * <p>Overridden methods can run inside the superclass constructor, before field initialisers:
 * the buffer is therefore made on first use.
 */
abstract class CoalescingUnixTerminal extends UnixTerminal {

    private ByteArrayOutputStream pending;

    CoalescingUnixTerminal(InputStream in, OutputStream out, Charset charset, CtrlCBehaviour ctrlC) throws IOException {
        super(in, out, charset, ctrlC);
    }

    @Override
    public void putCharacter(char c) throws IOException {
        if (isPlainAscii(c)) {
            hold(c);
        } else if (c >= 0x80 && !Character.isSurrogate(c) && StandardCharsets.UTF_8.equals(getCharset())) {
            if (TerminalTextUtils.isPrintableCharacter(c)) { // Lanterna drops the others too
                holdUtf8(c);
            }
        } else {
            super.putCharacter(c);
        }
    }

    @Override
    public void putString(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            putCharacter(s.charAt(i));
        }
    }

    @Override
    protected void writeToTerminal(byte... bytes) throws IOException {
        synchronized (this) {
            release();
            super.writeToTerminal(bytes);
        }
    }

    @Override
    public void flush() throws IOException {
        synchronized (this) {
            release();
        }
        super.flush();
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            release();
        }
        super.close();
    }

    private synchronized void hold(int oneByte) {
        if (pending == null) {
            pending = new ByteArrayOutputStream(8192);
        }
        pending.write(oneByte);
    }

    /** A character from U+0080 to U+FFFF, not a surrogate, in UTF-8: two or three bytes. */
    private synchronized void holdUtf8(char c) {
        if (c < 0x800) {
            hold(0xC0 | c >> 6);
        } else {
            hold(0xE0 | c >> 12);
            hold(0x80 | (c >> 6 & 0x3F));
        }
        hold(0x80 | (c & 0x3F));
    }

    /** Writes the characters held so far, in one go. */
    private void release() throws IOException {
        if (pending != null && pending.size() > 0) {
            byte[] held = pending.toByteArray();
            pending.reset();
            super.writeToTerminal(held);
        }
    }

    /** Printable ASCII is the same byte in every charset a terminal uses, and Lanterna translates none of it. */
    static boolean isPlainAscii(char c) {
        return c >= 0x20 && c < 0x7f;
    }
}
