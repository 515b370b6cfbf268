package newsquiz.progress;

import java.time.Instant;

/**
 * A question to ask in a review session.
 *
 * @param due            when it fell due; null for new questions
 * @param retrievability estimated probability of recall now (0 for new questions)
 */
public record DueQuestion(QuestionRef ref, Kind kind, Instant due, double retrievability) {

    public enum Kind {
        /** In a (re)learning step that has come due: asked first, its step is minutes long. */
        LEARNING,
        /** A review that has come due. */
        REVIEW,
        /** Never answered. */
        NEW,
        /** Answered before, but the question has been edited since: starts again as new. */
        EDITED
    }
}
