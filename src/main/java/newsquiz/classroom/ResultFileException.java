package newsquiz.classroom;

/** A result file that cannot be used; the message names the file and says what is wrong, on one line. */
public final class ResultFileException extends Exception {

    public ResultFileException(String message) {
        super(message, null, false, false);
    }
}
