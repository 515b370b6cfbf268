package newsquiz.bank.formats;

/** A place in an imported file, for messages: {@code quiz.gift:12}. */
public record SourcePosition(String file, int line) {

    /** Formats {@code message} the way compilers do, so editors can jump to the line. */
    public String message(String message) {
        return file + ":" + line + ": " + message;
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
