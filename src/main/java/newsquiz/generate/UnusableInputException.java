package newsquiz.generate;

/** The input cannot give a useful quiz (empty, binary, not English, too short, no facts); the message says why. */
public class UnusableInputException extends Exception {

    public UnusableInputException(String message) {
        super(message, null, false, false);
    }
}
