package newsquiz.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The commas of a sentence that separate the members of a list ("for drinking, cooking and
 * washing", "Spain, the Netherlands, and Belgium"). A stem or statement cut at one of them keeps
 * only the first members and claims something the article does not say: "a family of three needs
 * for drinking" (holdout 10, first reading, water-pricing q04). Members are short (at most four
 * words) and end in a word of the same kind as the one after the closing "and"/"or".
 */
final class Coordination {

    /** The longest list member looked at, in tokens: "the Basque Country" and "a river ferry" fit. */
    private static final int MAX_MEMBER = 4;

    private Coordination() {
    }

    /** @return the token indexes of the commas inside a list */
    static Set<Integer> listCommas(Sentence s) {
        List<Token> toks = s.tokens();
        Set<Integer> commas = new HashSet<>();
        for (int j = 1; j + 1 < toks.size(); j++) {
            if (!toks.get(j).lower().matches("and|or")) {
                continue;
            }
            int after = toks.get(j + 1).is("DET") && j + 2 < toks.size() ? j + 2 : j + 1;
            String kind = kind(toks.get(after));
            boolean serialComma = toks.get(j - 1).text().equals(",");
            int last = serialComma ? j - 2 : j - 1;
            if (last < 0 || !kind(toks.get(last)).equals(kind)) {
                continue;
            }
            Set<Integer> found = new HashSet<>();
            int p = last;
            for (int q = earlierComma(toks, p); q > 0 && kind(toks.get(q - 1)).equals(kind); q = earlierComma(toks, p)) {
                found.add(q);
                p = q - 1;
            }
            if (serialComma && !found.isEmpty()) {
                found.add(j - 1); // "A, B, and C"; a lone ", and" joins two clauses
            }
            commas.addAll(found);
        }
        return commas;
    }

    /** The comma opening the member that ends at {@code p}, or -1 when the member is long or ends otherwise. */
    private static int earlierComma(List<Token> toks, int p) {
        for (int q = p - 1; q >= 0 && p - q <= MAX_MEMBER; q--) {
            Token t = toks.get(q);
            if (t.text().equals(",")) {
                return q;
            }
            // "11 countries, including Denmark, Germany and France": a verb, a preposition or a
            // conjunction inside the stretch means it is no list member.
            if (t.is("PUNCT") && !t.text().equals("-") || t.is("VERB") || t.is("AUX") || t.is("CCONJ") || t.is("SCONJ")
                    || t.is("ADP") && !t.lower().equals("of")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * What makes two words alike as list members: "-ing" words of either tag ("drinking" is tagged
     * a noun, "cooking" a verb), nouns and names together, otherwise the tag itself.
     */
    private static String kind(Token t) {
        if (ing(t)) {
            return "ING";
        }
        return t.is("NOUN") || t.is("PROPN") ? "N" : t.tag();
    }

    private static boolean ing(Token t) {
        return (t.is("VERB") || t.is("NOUN")) && t.lower().matches("[a-z]{2,}ing");
    }
}
