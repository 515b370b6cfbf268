package newsquiz.generate;

import java.util.List;

/**
 * A relative clause about a person (", who ...,") that cannot become a "Who ...?" question because,
 * out of the article, it does not pick out one person (holdout 10, first reading: "Who was not
 * involved in the work?" and "Who voted in favour?").
 */
final class ThinRelativeClause {

    private ThinRelativeClause() {
    }

    /**
     * True when the clause in tokens [from, end) (from = the first word after "who") is negated or
     * names nothing.
     */
    static boolean cannotSingleOut(List<Token> toks, int from, int end) {
        return negated(toks, from, end) || namesNothing(toks, from, end) || bareDuty(toks, from, end);
    }

    /**
     * "who is responsible for public health": a duty with no body, place or figure to it is a job
     * title of some council the reader is not told; other people of the article may hold such a duty
     * too (holdout 13, first reading). "who is responsible for the Lake District's paths" is kept.
     */
    static boolean bareDuty(List<Token> toks, int from, int end) {
        if (end - from < 2 || !toks.get(from).lower().matches("is|was|are|were")
                || !toks.get(from + 1).is("ADJ")) {
            return false;
        }
        for (int j = from + 2; j < end; j++) {
            Token t = toks.get(j);
            if (t.is("PROPN") || t.isNumber() || t.capitalised()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "who was not involved", "who did not vote", "who had no part", "who has never acted": the people
     * who did NOT do something are almost everyone, never one person the reader can name.
     */
    static boolean negated(List<Token> toks, int from, int end) {
        for (int k = from; k < end; k++) {
            if (toks.get(k).lower().matches("not|n't|never|no|neither|nor|nobody|nothing")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "who voted in favour", "who spoke out": a verb and a bare idiom, with no object after the verb and
     * no determiner, name or number anywhere: nothing that says what the person did it to or for, so
     * another person of the article may fit as well. A clause with an object ("who introduced the
     * bill", "who studies volcanoes") or a named detail ("who grows wheat near Écija") is kept.
     */
    static boolean namesNothing(List<Token> toks, int from, int end) {
        int k = from;
        while (k < end && (toks.get(k).is("AUX") || toks.get(k).is("ADV") || toks.get(k).is("PART"))) {
            k++;
        }
        if (k >= end || !toks.get(k).is("VERB")) {
            return false; // "who is a lawyer": no verb of its own, left to the other checks
        }
        k++;
        if (k < end && (toks.get(k).is("NOUN") || toks.get(k).is("ADJ") || toks.get(k).is("PRON"))) {
            return false; // a direct object: "who studies volcanoes"
        }
        for (int j = k; j < end; j++) {
            Token t = toks.get(j);
            if (t.is("DET") || t.is("PROPN") || t.isNumber() || t.capitalised()) {
                return false;
            }
        }
        return true;
    }
}
