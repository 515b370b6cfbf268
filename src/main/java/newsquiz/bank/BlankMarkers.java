package newsquiz.bank;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@code {{n}}} markers in a cloze text: what is between the braces, for each marker whose
 * inside is one or more digits. Scanned by hand rather than with a regular expression for the same
 * reason as {@link Ids}: it runs while the bank loads, before the first question is on screen.
 */
final class BlankMarkers {

    private BlankMarkers() {
    }

    /** The digits inside each marker, in order of appearance. */
    static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf("{{", from);
            if (open < 0) {
                return found;
            }
            int digits = open + 2;
            int end = digits;
            while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                end++;
            }
            if (end > digits && text.startsWith("}}", end)) {
                found.add(text.substring(digits, end));
                from = end + 2;
            } else {
                from = open + 1; // "{{{1}}" still holds the marker "{{1}}"
            }
        }
    }
}
