package newsquiz.bank;

/**
 * Jackson's parse messages, minus the parts meant for programmers: source descriptions and
 * "start marker" locations in bracket syntax become plain words, and everything stays on one line.
 */
public final class JacksonMessages {

    private JacksonMessages() {
    }

    public static String tidy(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        return message
                .replaceAll("\\(start marker at \\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]\\)",
                        "(opened at line $1, column $2)")
                .replaceAll("\\s*\\[Source: [^\\]]*]", "")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
