package newsquiz.engine;

import java.time.Duration;
import java.time.Instant;

/**
 * One question's outcome in a session.
 *
 * @param response null when skipped or unanswered
 * @param points   points earned (may be negative with negative marking)
 * @param maximum  points available for this question under the session's policy
 * @param shownAt  when the question was first shown (with {@code taken}, enough to replay timing)
 */
public record AnswerRecord(QuizItem item, Response response, Mark mark, double points, double maximum,
                           boolean hintUsed, Instant shownAt, Duration taken, int streak) {

    public String questionId() {
        return item.question().id();
    }
}
