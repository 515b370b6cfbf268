package newsquiz.generate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stem whose reported clause has no verb: "The federation said ticket sales for the ___-day
 * tournament." (holdout 10, first reading, basketball-cup-final q04). The clause after "said"
 * names what was spoken of but not what was said of it, because the sentence was cut before its
 * main verb. Whatever cut it (a clause end, a dropped phrase), such a stem does not parse, so it
 * is rejected for every question type.
 */
final class VerblessReport {

    /**
     * "said"/"says" then, after an optional "that", the words up to the end of the stem's sentence;
     * or a verb that may also take a plain object ("warned", "added") with its "that" ("Who warned
     * that a second hot season in a row?": holdout 15, first reading).
     */
    private static final Pattern REPORT = Pattern.compile("(?i)\\b(?:(?:said|says)\\s+(?:that\\s+)?"
            + "|(?:warned|warns|added|argued|insisted|noted|claimed|admitted|explained|feared|stressed)\\s+that\\s+)"
            + "((?:[^.?!;]|\\.(?=\\d))*)");

    private VerblessReport() {
    }

    /**
     * @param source the sentence the stem was cut from, whose tags tell verbs from other words; null skips the check
     * @return the reported words that have no verb, or null
     */
    static String report(String prompt, Sentence source) {
        if (source == null) {
            return null;
        }
        String stem = StandAlone.QUOTED.matcher(StandAlone.LEAD_IN.matcher(prompt).replaceFirst("")).replaceAll(" \"\" ");
        Matcher m = REPORT.matcher(stem);
        while (m.find()) {
            String[] words = m.group(1).strip().split("[\\s,]+");
            if (words.length == 0 || words[0].isEmpty() || !opensClause(words[0], source)) {
                continue; // "said on Monday", "said Ana Ruiz, the mayor": no reported clause follows
            }
            boolean verb = false;
            for (String w : words) {
                verb |= isVerb(w, source);
            }
            if (!verb) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    /** A clause's subject begins with a determiner, a common noun, a pronoun, a number or an adjective. */
    private static boolean opensClause(String word, Sentence source) {
        if (word.startsWith("___")) {
            return true;
        }
        Token t = tokenFor(word, source);
        return t != null && (t.is("DET") || t.is("NOUN") || t.is("PRON") || t.is("NUM") || t.is("ADJ"));
    }

    private static boolean isVerb(String word, Sentence source) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("n't") || w.endsWith("n’t")) {
            return true;
        }
        for (Token t : source.tokens()) {
            if (t.lower().equals(w) && (t.is("VERB") || t.is("AUX"))) {
                return true;
            }
        }
        return false;
    }

    private static Token tokenFor(String word, Sentence source) {
        String w = word.replaceAll("^[“\"(]+|[”\")]+$", "").toLowerCase(Locale.ROOT);
        for (Token t : source.tokens()) {
            if (t.lower().equals(w)) {
                return t;
            }
        }
        return null;
    }
}
