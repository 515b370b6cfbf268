package newsquiz.engine;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import newsquiz.bank.Cloze;
import newsquiz.bank.Matching;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.MultipleSelect;
import newsquiz.bank.NumericQuestion;
import newsquiz.bank.Ordering;
import newsquiz.bank.Question;
import newsquiz.bank.ShortAnswer;
import newsquiz.bank.TrueFalse;

/**
 * Judges a response against its question. Pure: the same question and response always give
 * the same {@link Mark}. A response of the wrong kind for the question (a front-end bug, not a
 * learner's mistake) is an {@link IllegalArgumentException}.
 */
public final class AnswerChecker implements Question.Cases<Mark> {

    private static final TextMatcher MATCHER = new TextMatcher();

    private final Response response;
    private final boolean partialCredit;

    private AnswerChecker(Response response, boolean partialCredit) {
        this.response = response;
        this.partialCredit = partialCredit;
    }

    public static Mark check(Question q, Response response, boolean partialCredit) {
        Mark m = q.accept(new AnswerChecker(response, partialCredit));
        if (!partialCredit && m.verdict() == Verdict.PARTIAL) {
            return new Mark(Verdict.WRONG, 0, m.typo(), m.rightAnswer());
        }
        return m;
    }

    private <T extends Response> T expect(Class<T> kind, Question q) {
        if (!kind.isInstance(response)) {
            throw new IllegalArgumentException("question '" + q.id() + "' (" + q.type().jsonName()
                    + ") cannot take a " + response.getClass().getSimpleName() + " response");
        }
        return kind.cast(response);
    }

    @Override
    public Mark multipleChoice(MultipleChoice q) {
        int chosen = expect(Response.Choice.class, q).choice();
        return Mark.of(chosen == q.answer() ? 1 : 0, false, RightAnswer.of(q));
    }

    /** Each right choice is worth +1/k and each wrong one -1/k, k = number of right choices; floor 0. */
    @Override
    public Mark multipleSelect(MultipleSelect q) {
        Set<Integer> chosen = expect(Response.Selection.class, q).choices();
        int k = q.answers().size();
        int score = 0;
        for (int c : chosen) {
            score += q.answers().contains(c) ? 1 : -1;
        }
        return Mark.of(Math.max(0, (double) score / k), false, RightAnswer.of(q));
    }

    @Override
    public Mark trueFalse(TrueFalse q) {
        return Mark.of(expect(Response.Truth.class, q).value() == q.answer() ? 1 : 0, false, RightAnswer.of(q));
    }

    @Override
    public Mark shortAnswer(ShortAnswer q) {
        TextMatch m = MATCHER.match(expect(Response.Text.class, q).text(), q.accept(), q.caseSensitive(), q.typos());
        return Mark.of(m.matched() ? 1 : 0, m.matched() && m.viaTypo(), RightAnswer.of(q));
    }

    @Override
    public Mark numeric(NumericQuestion q) {
        String text = expect(Response.Text.class, q).text();
        boolean right = inRange(q, NumberReader.read(ScaleUnit.withoutScale(text, q.unit())), 1)
                || inRange(q, NumberReader.read(text), ScaleUnit.of(q.unit()));
        return Mark.of(right ? 1 : 0, false, RightAnswer.of(q));
    }

    /**
     * Whether the typed value, divided by the unit's scale, is the answer: with the unit "million",
     * "1.1 million" and "1.1" are read as 1.1 (the scale word taken off first), and "1,100,000" as
     * 1,100,000 / 1,000,000 (holdout 15's reading found "1.1 million" marked wrong).
     */
    private static boolean inRange(NumericQuestion q, OptionalDouble typed, double scale) {
        if (typed.isEmpty()) {
            return false;
        }
        double v = typed.getAsDouble() / scale;
        double slack = 1e-9 * Math.max(1, Math.abs(v));
        return v >= q.min() - slack && v <= q.max() + slack;
    }

    /** Fraction of blanks filled right. */
    @Override
    public Mark cloze(Cloze q) {
        List<String> entries = expect(Response.Blanks.class, q).entries();
        int right = 0;
        boolean typo = false;
        for (int i = 0; i < q.blanks().size(); i++) {
            String entry = i < entries.size() ? entries.get(i) : "";
            Cloze.Blank b = q.blanks().get(i);
            if (b.hasChoices()) {
                right += b.accept().get(0).equals(entry) ? 1 : 0;
            } else {
                TextMatch m = MATCHER.match(entry, b.accept(), b.caseSensitive(), b.typos());
                if (m.matched()) {
                    right++;
                    typo |= m.viaTypo();
                }
            }
        }
        return Mark.of((double) right / q.blanks().size(), typo, RightAnswer.of(q));
    }

    /** Fraction of left items paired with their own right item. */
    @Override
    public Mark matching(Matching q) {
        List<Integer> rights = expect(Response.Pairing.class, q).rights();
        int right = 0;
        for (int i = 0; i < q.pairs().size(); i++) {
            if (i < rights.size() && rights.get(i) == i) {
                right++;
            }
        }
        return Mark.of((double) right / q.pairs().size(), false, RightAnswer.of(q));
    }

    /**
     * Fraction of item pairs in the right relative order (Kendall's measure). Unlike "items in
     * the right place", moving one item from the end to the front costs only the pairs it breaks,
     * not every position after it.
     */
    @Override
    public Mark ordering(Ordering q) {
        List<Integer> order = expect(Response.Order.class, q).items();
        int n = q.items().size();
        if (order.size() != n || new HashSet<>(order).size() != n) {
            return Mark.of(0, false, RightAnswer.of(q));
        }
        int pairs = n * (n - 1) / 2;
        int concordant = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (order.get(i) < order.get(j)) {
                    concordant++;
                }
            }
        }
        return Mark.of((double) concordant / pairs, false, RightAnswer.of(q));
    }
}
