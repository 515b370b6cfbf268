package newsquiz.engine;

/**
 * The outcome of checking a typed answer against a list of accepted answers.
 *
 * @param matched         whether the answer is accepted
 * @param viaTypo         accepted only thanks to typo tolerance, so the learner is told
 *                        "accepted (typo)"; always false when not matched
 * @param matchedAccepted the accepted answer it matched, as written in the bank (for showing the
 *                        correct spelling); null when not matched
 */
public record TextMatch(boolean matched, boolean viaTypo, String matchedAccepted) {

    private static final TextMatch NONE = new TextMatch(false, false, null);

    public TextMatch {
        if (matched && matchedAccepted == null) {
            throw new IllegalArgumentException("a match names the accepted answer it matched");
        }
        if (!matched && (viaTypo || matchedAccepted != null)) {
            throw new IllegalArgumentException("no match has neither a typo flag nor an answer");
        }
    }

    public static TextMatch none() {
        return NONE;
    }

    public static TextMatch exact(String accepted) {
        return new TextMatch(true, false, accepted);
    }

    public static TextMatch typo(String accepted) {
        return new TextMatch(true, true, accepted);
    }
}
