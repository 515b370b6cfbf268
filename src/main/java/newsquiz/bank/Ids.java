package newsquiz.bank;

/**
 * The rule for bank and question ids: lower-case letters and digits first, then also '.', '_' or
 * '-'. Written out rather than as a regular expression because every bank load checks it, and
 * compiling the pattern cost several milliseconds of the quiz's start-up while the regex code is cold.
 */
final class Ids {

    private Ids() {
    }

    static boolean valid(String id) {
        if (id.isEmpty() || !letterOrDigit(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!letterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
