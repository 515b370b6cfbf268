package newsquiz.classroom;

import java.time.Duration;
import java.time.Instant;
import newsquiz.engine.AnswerRecord;
import newsquiz.engine.Response;
import newsquiz.engine.Verdict;

/**
 * One answer in a result file.
 *
 * @param response   what the student answered, in bank indexes; null when skipped or unanswered
 * @param fraction   share of the question got right (0..1), before points
 * @param answeredAt when the answer was given (or the question was closed unanswered)
 */
public record AttemptAnswer(String question, Verdict verdict, double fraction, boolean typo, Response response,
                            double points, double maximum, boolean hintUsed, Instant shownAt, Instant answeredAt) {

    public static AttemptAnswer of(AnswerRecord r) {
        return new AttemptAnswer(r.questionId(), r.mark().verdict(), r.mark().fraction(), r.mark().typo(), r.response(),
                r.points(), r.maximum(), r.hintUsed(), r.shownAt(), r.shownAt().plus(r.taken()));
    }

    public Duration taken() {
        return Duration.between(shownAt, answeredAt);
    }

    /** The student saw the question and answered or skipped it (not just ran out of time before it). */
    public boolean seen() {
        return verdict.answered() || verdict == Verdict.SKIPPED;
    }
}
