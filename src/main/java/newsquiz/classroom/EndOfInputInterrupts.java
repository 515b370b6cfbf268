package newsquiz.classroom;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Input for a recorded exam, where running out of input means the student was cut off (terminal
 * closed, pipe ended), not that they handed in: instead of the end of input, which line mode would
 * take as "finish now", {@link #readLine} throws {@link Interrupted} and the attempt stays open to
 * be resumed. Typing {@code :quit} still hands the exam in.
 */
public final class EndOfInputInterrupts extends BufferedReader {

    /** The input ended mid-exam. */
    public static final class Interrupted extends IOException {
        public Interrupted(String message) {
            super(message);
        }
    }

    private final BufferedReader in;
    private final String message;

    public EndOfInputInterrupts(BufferedReader in, String message) {
        super(in, 1);
        this.in = in;
        this.message = message;
    }

    @Override
    public String readLine() throws IOException {
        String line = in.readLine();
        if (line == null) {
            throw new Interrupted(message);
        }
        return line;
    }
}
