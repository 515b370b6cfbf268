package newsquiz.generate;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * Undoes the sentence detector's cuts that cannot be sentence ends. It cuts at a decimal point
 * before a lower-case word ("at 9.14 pm", "9.5 kilometres long"), leaving two fragments that each
 * read as a sentence. A real sentence never starts with a lower-case letter, and a cut between a
 * digit-dot and a digit is inside a number, so such pieces are joined back to the one before. It
 * also cuts after "p.m." before a capitalised time zone ("2 p.m. Eastern time").
 */
final class SentenceJoins {

    private SentenceJoins() {
    }

    static List<Span> rejoin(String text, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty() && continues(text, out.get(out.size() - 1), s)) {
                Span prev = out.remove(out.size() - 1);
                out.add(new Span(prev.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean continues(String text, Span prev, Span next) {
        int at = next.getStart();
        while (at < next.getEnd() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (at >= next.getEnd() || text.substring(prev.getEnd(), at).contains("\n")) {
            return false; // a line break is a real boundary (headlines, list lines)
        }
        char first = text.charAt(at);
        if (Character.isLowerCase(first)) {
            return true;
        }
        String before = text.substring(prev.getStart(), prev.getEnd()).stripTrailing();
        if (before.matches("(?is).*\\b[ap]\\.m\\.") && TIME_ZONE.matcher(text.substring(at, next.getEnd())).lookingAt()) {
            return true; // "after 2 p.m. Eastern time": the time goes on (holdout 16, first reading)
        }
        return Character.isDigit(first) && before.matches("(?s).*\\d\\.?");
    }

    /** Words that name a clock's zone after "a.m." or "p.m.": the time, not a new sentence, goes on. */
    private static final java.util.regex.Pattern TIME_ZONE = java.util.regex.Pattern.compile(
            "(Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii) (Standard |Daylight )?[Tt]ime\\b"
                    + "|(GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|IST|JST)\\b");
}
