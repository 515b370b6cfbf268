package newsquiz.engine;

/**
 * Told about every answer before its feedback is shown, so a progress store can make it durable
 * first: a crash after the learner saw "correct" must not lose the answer.
 */
public interface QuizListener {

    QuizListener NONE = new QuizListener() {
    };

    default void answered(AnswerRecord record) {
    }

    default void finished(QuizResult result) {
    }

    /** A warning to show the learner (e.g. "progress is not being saved"); null when all is well. */
    default String warning() {
        return null;
    }
}
