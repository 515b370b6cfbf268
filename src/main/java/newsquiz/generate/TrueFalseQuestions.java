package newsquiz.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import newsquiz.bank.QuestionType;
import newsquiz.bank.TrueFalse;

/**
 * True/false from a main clause: either the clause as written (true) or its falsified twin with
 * one number swapped for a same-type one (false; a swapped name was too often true of the world).
 * Only one of the twins goes into the bank, chosen by the seed, so the pair never gives itself
 * away; both have the same length.
 */
final class TrueFalseQuestions implements QuestionBuilder {

    private static final String PREFIX = "True or false: ";

    @Override
    public List<Candidate> build(Facts facts, Random rnd) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : facts.sentences()) {
            int from = Wording.clauseStart(s);
            if (Wording.openerScopesClaim(s, from)) {
                from = 0;
            }
            int to = Wording.clauseEnd(s, from);
            if (to - from < 6 || to - from > 30 || Wording.danglingPronoun(facts, s, from, to)
                    || Wording.vagueStart(facts, s, from) || Wording.vagueReport(facts, s, from, to)
                    || s.tokens().get(from).text().matches("[“\"]")) {
                continue;
            }
            if (!hasVerb(s, from, to)) {
                continue; // "A cap of 26 pupils per class from 2026.": a list line, no claim to be true or false
            }
            Wording.Replacement swap = swap(facts, s, from, to, rnd);
            if (swap == null) {
                continue;
            }
            boolean truth = rnd.nextBoolean();
            String statement = Wording.sentence(Wording.render(facts, s, from, to, truth ? List.of() : List.of(swap)));
            if (statement.contains("“") != statement.contains("”")) {
                continue;
            }
            double score = 2.2 + Importance.position(facts, s.number()) - Importance.length(statement)
                    - 2 * Importance.negation(statement);
            out.add(new Candidate(QuestionType.TRUE_FALSE, s.number(), PREFIX + statement, s.text(), null, List.of(),
                    score, "clause:" + s.number(), info -> new TrueFalse(info, truth)));
        }
        return out;
    }

    /**
     * "three behind with six holes to play", "with 20 minutes left": a point in a count-down. Another
     * number there is a moment the article says nothing about, not a false one (holdout 20, first
     * reading: "still three behind with eight holes to play" was keyed false).
     */
    static boolean countdown(Sentence s, int numTo) {
        List<Token> t = s.tokens();
        for (int k = numTo; k < Math.min(t.size() - 1, numTo + 3); k++) {
            String w = t.get(k).lower();
            String next = t.get(k + 1).lower();
            if (w.equals("to") && next.matches("play|go|run|spare") || w.matches("left|remaining|to go")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A statement needs a verb to be true or false. A verbless line from a list ("A cap of 26 pupils
     * per class in first-year groups from September 2026.") read as a bare claim (holdout 21's round).
     */
    static boolean hasVerb(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.tokens().get(k).is("VERB") || s.tokens().get(k).is("AUX")) {
                return true;
            }
        }
        return false;
    }

    /** "the United States", "the Netherlands": names that take "the", which a swap must keep in step. */
    private static final java.util.regex.Pattern NEEDS_THE = java.util.regex.Pattern.compile(
            "(United|Republic|Kingdom|Federation).*|.*(Islands|Emirates|States|Kingdom)|Netherlands|Philippines|Bahamas|Maldives|Gambia");

    static boolean needsThe(String name) {
        return NEEDS_THE.matcher(name).matches();
    }

    private static Wording.Replacement withArticle(Sentence s, int from, int to, String text) {
        if (from > 0 && s.tokens().get(from - 1).lower().matches("an?")) {
            String article = Wording.article(text, s.tokens().get(from - 1).capitalised());
            return new Wording.Replacement(from - 1, to, article + " " + text);
        }
        return new Wording.Replacement(from, to, text);
    }

    /**
     * "below 2 percent", "more than 900 emails", "at least 14": a bound, not a value. Another number
     * after it does not make the clause false ("below 4 percent" is as true as "below 2 percent"),
     * and no change of the number is sure to, so a bounded number is never swapped.
     */
    static boolean bounded(Sentence s, int numFrom) {
        List<Token> t = s.tokens();
        String one = numFrom >= 1 ? t.get(numFrom - 1).lower() : "";
        String two = numFrom >= 2 ? t.get(numFrom - 2).lower() + " " + one : "";
        return one.matches("below|under|over|above|exceeding|beyond")
                || two.matches("(less|fewer|more|greater|higher|lower) than|at (least|most)|no (more|fewer|less)");
    }

    /**
     * "just over 1.9 million trips, up from about 1.6 million": two figures tied by a direction.
     * Another number for either can turn the pair round ("2.1 million, up from 2.3 million"), a
     * statement false at a glance without the article (holdout 12, first reading), so no number of
     * such a sentence is swapped.
     */
    static boolean comparesTwoFigures(Sentence s) {
        List<Token> t = s.tokens();
        for (int k = 0; k + 1 < t.size(); k++) { // the pair may sit anywhere in the sentence
            if (DIRECTION.contains(t.get(k).lower()) && t.get(k + 1).lower().matches("from|with|to")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DIRECTION = Set.of("up", "down", "rising", "falling", "rose", "fell",
            "increased", "decreased", "compared", "risen", "fallen", "grown", "grew", "climbed", "dropped", "jumped",
            "declined", "gone", "went");

    /** A number or a name in [from, to) and what to put in its place to make the clause false. */
    private static Wording.Replacement swap(Facts facts, Sentence s, int from, int to, Random rnd) {
        for (Quantity q : facts.quantities()) {
            if (q.sentence() == s.number() && q.askable() && q.numFrom() >= from && q.numTo() <= to
                    && !NumericQuestions.givenAwayByList(facts, q) && !bounded(s, q.numFrom()) && !comparesTwoFigures(s) && !NumericQuestions.shareWithItsPercent(s)
                    && !NumericQuestions.sumGivenByFigures(facts, q, new int[] {from, to}) && !countdown(s, q.numTo())) {
                Set<Double> inSentence = new HashSet<>();
                for (Quantity other : facts.quantities()) {
                    if (other.sentence() == s.number()) {
                        inSentence.add(other.value());
                    }
                }
                List<Double> alts = new java.util.ArrayList<>(Distractors.numbers(q.value(), inSentence, 3, rnd));
                if ("percent".equals(q.unit()) && q.value() <= 100) {
                    alts.removeIf(a -> a > 100); // "recycle 105 percent of the water": false at a glance
                }
                if (!alts.isEmpty()) {
                    return withArticle(s, q.numFrom(), q.numTo(),
                            Distractors.formatLike(alts.get(0), q.spelled(), s.span(q.numFrom(), q.numTo())));
                }
            }
        }
        // No name is swapped in: "Luxembourg has expanded its national fibre-optic backbone" and
        // "Pakistan is one of the most flood-prone countries" are true of the world, so a reader who
        // knows that is marked wrong (holdouts 28 and 29). Only a figure is changed.
        return null;
    }
}
