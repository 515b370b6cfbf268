package newsquiz.generate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Scoring features shared by the builders: where a fact sits, how long a stem is, what it leans on. */
final class Importance {

    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "and", "or", "to", "in", "on", "for",
            "with", "that", "this", "is", "are", "was", "were", "be", "been", "has", "have", "had", "by", "at", "as",
            "from", "it", "its", "will", "would", "said", "also", "their", "they", "he", "she", "his", "her");

    private Importance() {
    }

    /** News puts the main facts first: 1.0 for the lead, falling to 0.6 at the end. */
    static double position(Facts facts, int sentence) {
        int n = facts.sentences().size();
        if (sentence <= 2) {
            return 1.0;
        }
        return 1.0 - 0.4 * (sentence - 2) / Math.max(1, n - 2);
    }

    /** Penalty for stems too long to read comfortably (over ~30 words) or too short to be specific. */
    static double length(String prompt) {
        int words = Wording.words(prompt);
        if (words > 40) {
            return 0.8;
        }
        if (words > 30) {
            return 0.4;
        }
        return words < 5 ? 0.3 : 0;
    }

    /** Negated statements make weak items (Heilman & Smith). */
    static double negation(String text) {
        String t = " " + text.toLowerCase(Locale.ROOT) + " ";
        return t.contains(" not ") || t.contains("n't ") || t.contains(" no ") || t.contains(" never ") ? 0.5 : 0;
    }

    /** Names and numbers make a stem specific. */
    static double specificity(Facts facts, int sentence) {
        int mentions = facts.mentions().get(sentence - 1).size();
        return Math.min(0.3, 0.1 * mentions);
    }

    static Set<String> contentWords(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 3 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Share of {@code a}'s content words that {@code b} also has. */
    static double overlap(String a, String b) {
        Set<String> wa = contentWords(a);
        if (wa.isEmpty()) {
            return 0;
        }
        Set<String> wb = contentWords(b);
        long common = wa.stream().filter(wb::contains).count();
        return (double) common / wa.size();
    }

    /** True when some other sentence says much the same thing about {@code name}. */
    static boolean alsoTrueOf(Facts facts, String name, String claim, int exceptSentence) {
        List<Sentence> sentences = facts.sentences();
        for (Sentence s : sentences) {
            if (s.number() != exceptSentence && Wording.containsWord(s.text(), EntityExtractor.surname(name))
                    && overlap(claim, s.text()) >= 0.5) {
                return true;
            }
        }
        return false;
    }
}
