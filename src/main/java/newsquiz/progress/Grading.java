package newsquiz.progress;

import newsquiz.bank.Cloze;
import newsquiz.bank.Matching;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.MultipleSelect;
import newsquiz.bank.NumericQuestion;
import newsquiz.bank.Ordering;
import newsquiz.bank.Question;
import newsquiz.bank.ShortAnswer;
import newsquiz.bank.TrueFalse;
import newsquiz.progress.fsrs.Rating;

/**
 * Turns a checked quiz answer into an FSRS grade.
 * <ul>
 *   <li>wrong, with less than half the credit: Again</li>
 *   <li>wrong but at least half the credit (partial credit), or right with a hint or with less than
 *       full credit: Hard</li>
 *   <li>right: Good</li>
 *   <li>right, full credit, no hint and within {@link #fastThresholdMillis}: Easy</li>
 * </ul>
 */
public final class Grading {

    /** Fixed allowance for seeing the question and reacting. */
    public static final long BASE_MILLIS = 2000;
    /** Per character to read: 40 ms is 25 characters a second, about 300 words a minute, a skim. */
    public static final long READ_MILLIS_PER_CHAR = 40;
    /** Per character of the shortest accepted answer, for typed answers (about 4 characters a second). */
    public static final long TYPE_MILLIS_PER_CHAR = 250;
    /** Per choice to tick, blank to pick, pair to match or item to place. */
    public static final long PICK_MILLIS = 1000;
    /** For typing a number. */
    public static final long NUMBER_MILLIS = 1500;

    private Grading() {
    }

    public static Rating rate(double fraction, boolean correct, boolean hintUsed, long elapsedMillis,
                              long fastMillis) {
        if (!correct) {
            return fraction >= 0.5 ? Rating.HARD : Rating.AGAIN;
        }
        if (hintUsed || fraction < 1) {
            return Rating.HARD;
        }
        return elapsedMillis <= fastMillis ? Rating.EASY : Rating.GOOD;
    }

    /**
     * How quickly a right answer must come to count as Easy: someone who knows the answer at once
     * needs only to skim the text and enter it. {@code BASE_MILLIS} + {@code READ_MILLIS_PER_CHAR} per
     * character of the text shown (prompt, choices, items, pairs) + the time to enter the answer
     * (typing, picking). A 100-character true/false question: 6 s; a multiple choice question with
     * a 120-character prompt and four 20-character choices: 10 s.
     */
    public static long fastThresholdMillis(Question q) {
        return BASE_MILLIS + q.accept(new Question.Cases<Long>() {
            @Override
            public Long multipleChoice(MultipleChoice m) {
                return read(q.prompt()) + read(m.choices());
            }

            @Override
            public Long multipleSelect(MultipleSelect m) {
                return read(q.prompt()) + read(m.choices()) + PICK_MILLIS * m.answers().size();
            }

            @Override
            public Long trueFalse(TrueFalse t) {
                return read(q.prompt());
            }

            @Override
            public Long shortAnswer(ShortAnswer s) {
                return read(q.prompt()) + TYPE_MILLIS_PER_CHAR * shortest(s.accept());
            }

            @Override
            public Long numeric(NumericQuestion n) {
                return read(q.prompt()) + NUMBER_MILLIS;
            }

            @Override
            public Long cloze(Cloze c) {
                long t = read(q.prompt()) + read(c.text());
                for (Cloze.Blank b : c.blanks()) {
                    t += b.hasChoices() ? read(b.choices()) + PICK_MILLIS : TYPE_MILLIS_PER_CHAR * shortest(b.accept());
                }
                return t;
            }

            @Override
            public Long matching(Matching m) {
                long t = read(q.prompt()) + read(m.distractors());
                for (Matching.Pair p : m.pairs()) {
                    t += read(p.left()) + read(p.right()) + PICK_MILLIS;
                }
                return t;
            }

            @Override
            public Long ordering(Ordering o) {
                return read(q.prompt()) + read(o.items()) + PICK_MILLIS * o.items().size();
            }
        });
    }

    private static long read(String text) {
        return text == null ? 0 : READ_MILLIS_PER_CHAR * text.length();
    }

    private static long read(java.util.List<String> texts) {
        long t = 0;
        for (String s : texts) {
            t += read(s);
        }
        return t;
    }

    private static int shortest(java.util.List<String> accept) {
        int n = Integer.MAX_VALUE;
        for (String a : accept) {
            n = Math.min(n, a.length());
        }
        return n == Integer.MAX_VALUE ? 0 : n;
    }
}
