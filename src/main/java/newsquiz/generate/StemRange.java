package newsquiz.generate;

/**
 * Which part of a sentence a stem shows: the main clause when the asked-about tokens are in it,
 * else the whole sentence; null when that part cannot stand alone.
 */
final class StemRange {

    private StemRange() {
    }

    /** @return {from, to} token indexes, or null */
    static int[] around(Facts facts, Sentence s, int keyFrom, int keyTo) {
        int start = Wording.clauseStart(s);
        return from(facts, s, Wording.openerScopesClaim(s, start) ? 0 : start, keyFrom, keyTo);
    }

    /** The same, with the stem starting no earlier than token {@code from}. */
    static int[] from(Facts facts, Sentence s, int from, int keyFrom, int keyTo) {
        if (keyFrom < from) {
            from = 0;
        }
        int end = Wording.clauseEnd(s, from);
        if (keyTo > end || end - from < 5) { // "Lumen carries three instruments, including ...": too short alone
            end = s.tokens().size();
            while (end > keyTo && s.tokens().get(end - 1).is("PUNCT") && !s.tokens().get(end - 1).text().matches("[”\"’)]")) {
                end--;
            }
        }
        if (end - from < 5 || end - from > 45) {
            return null;
        }
        if (Wording.danglingPronoun(facts, s, from, end) || Wording.vagueStart(facts, s, from)
                || Wording.vagueReport(facts, s, from, end)) {
            return null;
        }
        // A stem that starts inside a quotation or opens one without closing it reads badly.
        int open = 0;
        for (int k = from; k < end; k++) {
            String w = s.tokens().get(k).text();
            if (w.equals("“")) {
                open++;
            } else if (w.equals("”")) {
                open--;
            }
            if (open < 0) {
                return null;
            }
        }
        return open == 0 ? new int[] {from, end} : null;
    }
}
