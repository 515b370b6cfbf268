package newsquiz.engine;

import java.time.Duration;
import newsquiz.bank.Question;
import newsquiz.bank.QuestionType;

/** Turns a {@link Mark} into points under a {@link ScoringPolicy}. */
final class Points {

    private Points() {
    }

    /** Points available for {@code q} (speed rounds use Kahoot's larger scale). */
    static double maximum(ScoringPolicy policy, Question q) {
        return policy.speed() == null ? q.points() : q.points() * SpeedRule.SCALE;
    }

    static double earned(ScoringPolicy policy, Question q, Mark mark, boolean hintUsed, Duration taken, int streakBefore) {
        double max = maximum(policy, q);
        if (mark.verdict() == Verdict.WRONG) {
            boolean guessable = q.type() == QuestionType.MULTIPLE_CHOICE || q.type() == QuestionType.TRUE_FALSE;
            return guessable ? -max * policy.negativeMarking() : 0;
        }
        if (!mark.verdict().answered()) {
            return 0;
        }
        double points = policy.speed() == null
                ? q.points() * mark.fraction()
                : policy.speed().points(q.points(), mark.fraction(), taken);
        if (hintUsed) {
            points *= 1 - policy.hintPenalty();
        }
        if (mark.verdict() == Verdict.CORRECT && policy.streakBonus() > 0) {
            points += max * Math.min(ScoringPolicy.MAX_STREAK_BONUS, policy.streakBonus() * streakBefore);
        }
        return points;
    }
}
