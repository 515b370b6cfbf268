package newsquiz.engine;

/**
 * How marks become points.
 *
 * @param partialCredit     when false, only fully right answers score
 * @param negativeMarking   share of a question's points taken off for a wrong multiple_choice or
 *                          true_false answer (guessing penalty), 0 for none; skipped and unanswered
 *                          questions never lose points
 * @param hintPenalty       share of the points lost when the hint was shown (0..1)
 * @param speed             when non-null, answer time scales the points (speed round)
 * @param streakBonus       share of a question's points added per consecutive right answer
 *                          before it, capped at {@link #MAX_STREAK_BONUS}
 */
public record ScoringPolicy(boolean partialCredit, double negativeMarking, double hintPenalty, SpeedRule speed,
                            double streakBonus) {

    public static final double MAX_STREAK_BONUS = 0.5;

    public static ScoringPolicy standard() {
        return new ScoringPolicy(true, 0, 0.5, null, 0);
    }

    public ScoringPolicy withNegativeMarking(double share) {
        return new ScoringPolicy(partialCredit, share, hintPenalty, speed, streakBonus);
    }

    public ScoringPolicy withSpeed(SpeedRule rule, double streak) {
        return new ScoringPolicy(partialCredit, negativeMarking, hintPenalty, rule, streak);
    }

    public ScoringPolicy withPartialCredit(boolean on) {
        return new ScoringPolicy(on, negativeMarking, hintPenalty, speed, streakBonus);
    }
}
