package newsquiz.engine;

import java.util.ArrayList;
import java.util.List;
import newsquiz.bank.Cloze;
import newsquiz.bank.Matching;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.MultipleSelect;
import newsquiz.bank.NumericQuestion;
import newsquiz.bank.Ordering;
import newsquiz.bank.Question;
import newsquiz.bank.ShortAnswer;
import newsquiz.bank.TrueFalse;

/** The right answer of a question as one line of text for feedback and review screens. */
public final class RightAnswer implements Question.Cases<String> {

    private static final RightAnswer INSTANCE = new RightAnswer();

    private RightAnswer() {
    }

    public static String of(Question q) {
        return q.accept(INSTANCE);
    }

    @Override
    public String multipleChoice(MultipleChoice q) {
        return q.choices().get(q.answer());
    }

    @Override
    public String multipleSelect(MultipleSelect q) {
        List<String> right = new ArrayList<>();
        for (int i = 0; i < q.choices().size(); i++) {
            if (q.answers().contains(i)) {
                right.add(q.choices().get(i));
            }
        }
        return String.join("; ", right);
    }

    @Override
    public String trueFalse(TrueFalse q) {
        return q.answer() ? "true" : "false";
    }

    @Override
    public String shortAnswer(ShortAnswer q) {
        return q.accept().get(0);
    }

    @Override
    public String numeric(NumericQuestion q) {
        String unit = q.unit() == null ? "" : " " + q.unit();
        if (q.min() == q.max()) {
            return number(q.value()) + unit;
        }
        if (q.value() - q.min() == q.max() - q.value()) {
            return number(q.value()) + unit + " (give or take " + number(q.value() - q.min()) + ")";
        }
        return "between " + number(q.min()) + " and " + number(q.max()) + unit;
    }

    @Override
    public String cloze(Cloze q) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < q.blanks().size(); i++) {
            parts.add(q.blanks().get(i).accept().get(0));
        }
        return String.join("; ", parts);
    }

    @Override
    public String matching(Matching q) {
        List<String> parts = new ArrayList<>();
        for (Matching.Pair p : q.pairs()) {
            parts.add(p.left() + " -> " + p.right());
        }
        return String.join("; ", parts);
    }

    @Override
    public String ordering(Ordering q) {
        return String.join(" -> ", q.items());
    }

    /**
     * A whole number with thousands commas from 10,000 up, as news prints it: a year stays "2023"
     * (a reader saw "2,023" after a wrong answer to "Fill in the missing year"), and "1500" stays as
     * a four-digit count is usually written. Commas whatever the locale: "%,d" alone follows the
     * default locale and printed "2.023" or a narrow space under some LANG settings.
     */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            long v = (long) d;
            return Math.abs(v) >= 10_000 ? String.format(java.util.Locale.ROOT, "%,d", v) : Long.toString(v);
        }
        return String.valueOf(d);
    }
}
