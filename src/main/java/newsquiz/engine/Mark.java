package newsquiz.engine;

/**
 * The judgement of one response, before points: {@code fraction} is the share of the question
 * got right (0..1; 1 only when fully right).
 *
 * @param typo        the answer was accepted despite a spelling slip ("accepted (typo)")
 * @param rightAnswer the answer as the learner should see it
 */
public record Mark(Verdict verdict, double fraction, boolean typo, String rightAnswer) {

    static Mark of(double fraction, boolean typo, String rightAnswer) {
        Verdict v = fraction >= 1 - 1e-9 ? Verdict.CORRECT : fraction > 1e-9 ? Verdict.PARTIAL : Verdict.WRONG;
        return new Mark(v, v == Verdict.CORRECT ? 1 : v == Verdict.WRONG ? 0 : fraction, typo, rightAnswer);
    }

    /** What a learner reads after the verdict, e.g. "correct - accepted (typo)". */
    public String headline() {
        return typo && verdict == Verdict.CORRECT ? verdict.label() + " - accepted (typo)" : verdict.label();
    }
}
