package newsquiz.generate;

import java.util.List;

/**
 * "in Ghent, the city's fire chief, Pieter Claeys, said": an appositive closed by a comma and followed
 * by a name describes that name, not the word before it (holdout 10, first reading: the place before
 * the comma was taken for the fire chief and became the key of "Who is the city's fire chief?").
 */
final class NameAfterAppositive {

    /** How far an appositive may reach for its closing comma ("the city's deputy fire chief"). */
    private static final int REACH = 8;

    private NameAfterAppositive() {
    }

    /**
     * True when the appositive starting at {@code from} (the word after the first comma) ends with a
     * comma within a few words and a capitalised proper name comes right after that comma.
     */
    static boolean follows(List<Token> toks, int from) {
        for (int k = from; k < Math.min(toks.size() - 1, from + REACH); k++) {
            if (toks.get(k).text().matches("[;:.!?“”\"()]")) {
                return false;
            }
            if (toks.get(k).text().equals(",")) {
                Token next = toks.get(k + 1);
                return next.is("PROPN") && next.capitalised();
            }
        }
        return false;
    }
}
