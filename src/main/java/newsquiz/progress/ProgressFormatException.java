package newsquiz.progress;

/** A progress or journal file that this version cannot read; the message says where and why. */
public final class ProgressFormatException extends Exception {

    /** Whether the file is damaged, or fine but written by a newer newsquiz. */
    public enum Kind { CORRUPT, NEWER_VERSION }

    private final Kind kind;

    public ProgressFormatException(String message) {
        this(Kind.CORRUPT, message, null);
    }

    public ProgressFormatException(String message, Throwable cause) {
        this(Kind.CORRUPT, message, cause);
    }

    public ProgressFormatException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
