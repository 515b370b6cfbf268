package newsquiz.progress.fsrs;

/**
 * The FSRS-6 memory formulas, with no state machine and no time: S, D and R in, S, D, R out.
 * Section numbers refer to {@code shared/notes/fsrs.md}.
 */
public final class FsrsModel {

    public static final double STABILITY_MIN = 0.001;
    /** Upper clamp on S as in fsrs-rs and ts-fsrs (py-fsrs has none); 100 years. */
    public static final double STABILITY_MAX = 36500;
    public static final double DIFFICULTY_MIN = 1;
    public static final double DIFFICULTY_MAX = 10;

    private final FsrsParameters p;
    private final double decay;
    private final double factor;

    public FsrsModel(FsrsParameters parameters) {
        this.p = parameters;
        this.decay = -parameters.w(20);
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    public FsrsParameters parameters() {
        return p;
    }

    public double decay() {
        return decay;
    }

    public double factor() {
        return factor;
    }

    /** R(t, S), §1.3: probability of recall after {@code elapsedDays} for stability S. */
    public double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    /** I(r, S), §1.3, unrounded days: the time at which R falls to {@code desiredRetention}. */
    public double interval(double stability, double desiredRetention) {
        return stability / factor * (Math.pow(desiredRetention, 1 / decay) - 1);
    }

    /** S0(G), §1.4. */
    public double initialStability(Rating g) {
        return Math.max(p.w(g.value() - 1), STABILITY_MIN);
    }

    /** D0(G), §1.4, unclamped (the mean-reversion target uses the unclamped D0(Easy)). */
    public double initialDifficultyUnclamped(Rating g) {
        return p.w(4) - Math.exp(p.w(5) * (g.value() - 1)) + 1;
    }

    public double initialDifficulty(Rating g) {
        return clampDifficulty(initialDifficultyUnclamped(g));
    }

    /** §1.5: linear damping then mean reversion toward the unclamped D0(Easy), then clamp. */
    public double nextDifficulty(double d, Rating g) {
        double delta = -p.w(6) * (g.value() - 3);
        double damped = d + delta * (10 - d) / 9;
        double reverted = p.w(7) * initialDifficultyUnclamped(Rating.EASY) + (1 - p.w(7)) * damped;
        return clampDifficulty(reverted);
    }

    /** S'_r, §1.6: stability after a successful review on a later day (any grade; Hard/Easy adjust). */
    public double nextRecallStability(double d, double s, double r, Rating g) {
        double hardPenalty = g == Rating.HARD ? p.w(15) : 1;
        double easyBonus = g == Rating.EASY ? p.w(16) : 1;
        double inc = Math.exp(p.w(8)) * (11 - d) * Math.pow(s, -p.w(9)) * (Math.exp(p.w(10) * (1 - r)) - 1)
                * hardPenalty * easyBonus;
        return clampStability(s * (1 + inc));
    }

    /** S'_f, §1.6: post-lapse stability, capped by the FSRS-5/6 short-term term. */
    public double nextForgetStability(double d, double s, double r) {
        double longTerm = p.w(11) * Math.pow(d, -p.w(12)) * (Math.pow(s + 1, p.w(13)) - 1)
                * Math.exp(p.w(14) * (1 - r));
        double shortTermCap = s / Math.exp(p.w(17) * p.w(18));
        return clampStability(Math.min(longTerm, shortTermCap));
    }

    /**
     * §1.7: stability after a same-day review. Hard, Good and Easy are protected (SInc >= 1), as in
     * fsrs-rs, ts-fsrs and the FSRS wiki: a correct answer should never lower stability.
     */
    public double nextShortTermStability(double s, Rating g) {
        double sinc = Math.exp(p.w(17) * (g.value() - 3 + p.w(18))) * Math.pow(s, -p.w(19));
        if (g.value() >= Rating.HARD.value()) {
            sinc = Math.max(sinc, 1);
        }
        return clampStability(s * sinc);
    }

    static double clampStability(double s) {
        return Math.min(Math.max(s, STABILITY_MIN), STABILITY_MAX);
    }

    static double clampDifficulty(double d) {
        return Math.min(Math.max(d, DIFFICULTY_MIN), DIFFICULTY_MAX);
    }
}
