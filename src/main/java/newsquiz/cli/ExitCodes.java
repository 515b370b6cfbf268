package newsquiz.cli;

/** The process exit codes, as documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A bank, answer file, progress file or other input could not be used. */
    public static final int INVALID_INPUT = 1;
    /** Unknown option, missing argument, bad option value (picocli's usage errors). */
    public static final int USAGE = 2;
    /** The user quit with Ctrl-C or by closing the input mid-quiz (what was answered is kept). */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
