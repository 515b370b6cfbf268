package newsquiz.engine;

/** The ways to take a quiz; see {@link QuizConfig} for what each one turns on. */
public enum QuizMode {
    /** Feedback after each answer; wrong answers come back once at the end. */
    PRACTICE,
    /** No feedback until the end; optional time limit and negative marking. */
    EXAM,
    /** A timer per question; points by answer time and a streak bonus. */
    SPEED
}
