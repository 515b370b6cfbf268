package newsquiz.tui;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Lanterna's Unix terminal with the screen's characters written in batches. Lanterna 3.1.3 writes
 * every character of a refresh on its own (a {@code Charset.encode} and, through the autoflushing
 * {@code System.out}, a {@code write} system call each): about two thousand for a full 80x24 frame,
 * each also waking the terminal emulator. Here plain ASCII characters are collected and written
 * together just before anything else is written (colours, cursor moves, a size query) and on
 * {@code flush()}, which the screen calls at the end of every refresh; so the bytes reach the
 * terminal in the same order, and nothing that waits on the terminal's reply is held back.
 * Other characters (non-ASCII, line-drawing on non-UTF-8 terminals) take Lanterna's own path.
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

    private synchronized void hold(char c) {
        if (pending == null) {
            pending = new ByteArrayOutputStream(8192);
        }
        pending.write(c);
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
