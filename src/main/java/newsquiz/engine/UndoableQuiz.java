package newsquiz.engine;

import java.time.Instant;

/**
 * A quiz session whose answers can be taken back, the last one first, back to the start of the
 * session: review and weak spots let a learner undo a grade (a slip of the key, a guess they want to
 * retract). Immutable like {@link QuizSession}; it keeps the session as it was before each answer.
 * The front end tells the progress store to undo its last grade at the same time.
 */
public final class UndoableQuiz {

    private final QuizSession session;
    private final UndoableQuiz beforeLastAnswer;

    private UndoableQuiz(QuizSession session, UndoableQuiz beforeLastAnswer) {
        this.session = session;
        this.beforeLastAnswer = beforeLastAnswer;
    }

    public static UndoableQuiz start(QuizSession session) {
        return new UndoableQuiz(session, null);
    }

    public QuizSession session() {
        return session;
    }

    /** After a change that records no answer (a hint, a timeout, finishing early). */
    public UndoableQuiz with(QuizSession next) {
        return new UndoableQuiz(next, beforeLastAnswer);
    }

    /** After an answer or skip was recorded: undo comes back to the state before it. */
    public UndoableQuiz answered(QuizSession.Step step) {
        return new UndoableQuiz(step.next(), this);
    }

    public boolean canUndo() {
        return beforeLastAnswer != null;
    }

    /** How many answers can be taken back. */
    public int undoDepth() {
        int n = 0;
        for (UndoableQuiz u = beforeLastAnswer; u != null; u = u.beforeLastAnswer) {
            n++;
        }
        return n;
    }

    /**
     * Takes back the last recorded answer: the session as it was before it, with that question shown
     * again from {@code now}.
     *
     * @throws IllegalStateException if there is nothing to take back
     */
    public UndoableQuiz undo(Instant now) {
        if (beforeLastAnswer == null) {
            throw new IllegalStateException("no answer to take back");
        }
        return new UndoableQuiz(beforeLastAnswer.session.shownAgain(now), beforeLastAnswer.beforeLastAnswer);
    }
}
