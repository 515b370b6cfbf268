package newsquiz.cli;

/**
 * A problem caused by the user's input (a bad file, a missing bank, a wrong option value).
 * {@link Main} prints its message as one line, without a stack trace, and exits with
 * {@link ExitCodes#INVALID_INPUT}. The message should name the file and place when there is one.
 */
public class UserError extends RuntimeException {

    public UserError(String message) {
        super(message, null, false, false);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
