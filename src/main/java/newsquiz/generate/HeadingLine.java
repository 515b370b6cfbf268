package newsquiz.generate;

/**
 * A line that is a headline, byline or dateline rather than a sentence: it stands alone on its
 * line, is short, and has no sentence-final punctuation ("City Approves New Tram Line Across the
 * River", "By Anna Berg"). Read as a sentence, a headline gives a name gap on a capitalised common
 * word and repeats the first sentence's main figure, so it is left out of the question sources.
 */
final class HeadingLine {

    /** Longer unpunctuated lines are more likely body text that lost its full stop. */
    static final int MAX_WORDS = 20;

    private HeadingLine() {
    }

    /** @param start,end the trimmed span of a candidate sentence in {@code text} */
    static boolean is(String text, int start, int end) {
        boolean lineStart = start == 0 || text.charAt(start - 1) == '\n' || text.substring(lastNewline(text, start), start).isBlank();
        int nl = text.indexOf('\n', end);
        boolean lineEnd = (nl < 0 ? text.substring(end) : text.substring(end, nl)).isBlank();
        if (!lineStart || !lineEnd) {
            return false;
        }
        String line = text.substring(start, end);
        if (line.matches("(?s).*[.!?:;][”\"’')\\]]*")) {
            return false;
        }
        return line.split("\\s+").length <= MAX_WORDS;
    }

    private static int lastNewline(String text, int before) {
        return text.lastIndexOf('\n', before - 1) + 1;
    }
}
