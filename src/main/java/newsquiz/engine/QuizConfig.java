package newsquiz.engine;

import java.time.Duration;

/**
 * The rules of one session.
 *
 * @param requeueWrong     a wrongly answered question comes back once at the end (practice)
 * @param feedback         show the verdict after each answer (off in exams)
 * @param hints            the learner may ask for hints
 * @param timeLimit        whole-quiz limit, null for none (exam)
 * @param perQuestionLimit per-question limit, null for none (speed round)
 */
public record QuizConfig(QuizMode mode, ScoringPolicy policy, boolean requeueWrong, boolean feedback, boolean hints,
                         Duration timeLimit, Duration perQuestionLimit) {

    public static QuizConfig practice() {
        return new QuizConfig(QuizMode.PRACTICE, ScoringPolicy.standard(), true, true, true, null, null);
    }

    /**
     * A review of due questions (spaced repetition): practice rules, but a missed question does not come
     * back at the end, because the scheduler brings it back (its relearning step is minutes away).
     */
    public static QuizConfig review() {
        return new QuizConfig(QuizMode.PRACTICE, ScoringPolicy.standard(), false, true, true, null, null);
    }

    /** An exam: no feedback or hints until the end; {@code timeLimit} may be null. */
    public static QuizConfig exam(Duration timeLimit, double negativeMarking) {
        return new QuizConfig(QuizMode.EXAM, ScoringPolicy.standard().withNegativeMarking(negativeMarking),
                false, false, false, timeLimit, null);
    }

    /**
     * A speed round. {@code timeScoring} and {@code streaks} can each be switched off, since
     * teachers do not always want speed to decide the score.
     */
    public static QuizConfig speed(Duration perQuestion, boolean timeScoring, boolean streaks) {
        ScoringPolicy policy = ScoringPolicy.standard()
                .withSpeed(timeScoring ? new SpeedRule(perQuestion) : null, streaks ? 0.1 : 0);
        return new QuizConfig(QuizMode.SPEED, policy, false, true, false, null, perQuestion);
    }
}
