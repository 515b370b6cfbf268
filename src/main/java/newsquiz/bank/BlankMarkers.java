package newsquiz.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Finds the {@code {{n}}} markers in a cloze text: what is between the braces, for each marker whose
 * inside is one or more digits. Scanned by hand rather than with a regular expression for the same
 * reason as {@link Ids}: it runs while the bank loads, before the first question is on screen.
 */
public final class BlankMarkers {

    /** One marker: from {@code start} to {@code end} (after its closing braces), with its digits. */
    private record Marker(int start, int end, String digits) {
    }

    private BlankMarkers() {
    }

    /** The digits inside each marker, in order of appearance. */
    static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        for (Marker m = next(text, 0); m != null; m = next(text, m.end())) {
            found.add(m.digits());
        }
        return found;
    }

    /** {@code text} with each marker replaced by what {@code shown} gives for its digits. */
    public static String replace(String text, UnaryOperator<String> shown) {
        StringBuilder sb = new StringBuilder();
        int done = 0;
        for (Marker m = next(text, 0); m != null; m = next(text, m.end())) {
            sb.append(text, done, m.start()).append(shown.apply(m.digits()));
            done = m.end();
        }
        return sb.append(text, done, text.length()).toString();
    }

    /** The first marker at or after {@code from}, or null. */
    private static Marker next(String text, int from) {
        while (true) {
            int open = text.indexOf("{{", from);
            if (open < 0) {
                return null;
            }
            int digits = open + 2;
            int end = digits;
            while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                end++;
            }
            if (end > digits && text.startsWith("}}", end)) {
                return new Marker(open, end + 2, text.substring(digits, end));
            }
            from = open + 1; // "{{{1}}" still holds the marker "{{1}}"
        }
    }
}
