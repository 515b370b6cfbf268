package newsquiz.generate;

import java.util.Arrays;
import newsquiz.bank.QuestionType;

/**
 * Give-aways between two questions of one bank from different sentences, which the same-sentence
 * checks in {@link Ranker} cannot see (holdout 9, first reading): a matching item whose quotation
 * another stem prints with its speaker. (A typed gap whose answer another stem prints was tried as
 * well: on the reviewed banks it removed nine gaps the reviews had read as acceptable, if weak, to
 * catch one read as wrong, so it is not made.)
 */
final class BankGiveaways {

    /** Consecutive words of a quotation that, printed in another stem, show which quotation it is. */
    private static final int QUOTE_RUN = 5;

    private BankGiveaways() {
    }

    /**
     * A matching item's quotation printed in another stem ("'For ___ years people here have looked
     * at the other bank,' said X"): that stem pairs one quotation with its speaker, and with two
     * pairs the other follows.
     */
    static boolean quotationShown(Candidate matching, Candidate other) {
        if (matching.type() != QuestionType.MATCHING || other.type() == QuestionType.MATCHING) {
            return false;
        }
        // Lower-case words only, so punctuation and quotation marks do not hide a match.
        String stem = " " + Wording.normalise(other.prompt()) + " ";
        for (String quotation : matching.options()) {
            String[] w = Wording.normalise(quotation).split(" ");
            for (int i = 0; i + QUOTE_RUN <= w.length; i++) {
                if (stem.contains(" " + String.join(" ", Arrays.copyOfRange(w, i, i + QUOTE_RUN)) + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Which country is Isla McKenna from?" (United Kingdom) beside a stem that says "Britain's
     * Isla McKenna": the country is named under another of its names (holdout 14, first reading).
     */
    static boolean countryShown(Candidate from, Candidate other) {
        if (!from.factKey().startsWith("from:") || from.answer() == null || other.factKey().startsWith("from:")) {
            return false;
        }
        String country = Gazetteers.country(from.answer());
        for (String word : other.prompt().split("[^\\p{L}]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && country != null
                    && country.equals(Gazetteers.country(word))) {
                return true;
            }
        }
        return false;
    }
}
