package newsquiz.generate;

import java.util.List;
import java.util.Set;

/**
 * A clause set off by commas between a subject and its verb: "ticket sales for the four-day
 * tournament, which began on Thursday ..., had brought in about €1.6 million". Cutting the
 * sentence where it opens drops the main verb with it, and the stem is left with a subject and
 * nothing said of it: "The federation said ticket sales for the ___-day tournament." (holdout 10,
 * first reading, basketball-cup-final q04).
 */
final class Interruption {

    private Interruption() {
    }

    /**
     * @param comma      the comma before the tail word ("which", "who", "after", ...)
     * @param listCommas commas inside a list, which do not close the clause
     * @return true when the next comma that closes the clause is followed by a finite verb
     */
    static boolean beforeMainVerb(List<Token> toks, int comma, Set<Integer> listCommas) {
        for (int k = comma + 1; k + 1 < toks.size(); k++) {
            String w = toks.get(k).text();
            if (w.equals(";") || w.matches("[“”\"]")) {
                return false;
            }
            if (w.equals(",") && !listCommas.contains(k)) {
                Token next = toks.get(k + 1);
                return next.is("AUX") || next.is("VERB") && !next.lower().matches("[a-z]+ing");
            }
        }
        return false;
    }
}
