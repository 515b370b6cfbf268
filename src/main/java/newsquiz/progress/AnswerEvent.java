package newsquiz.progress;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import newsquiz.bank.Question;
import newsquiz.progress.fsrs.Rating;

/**
 * One answer to record with {@link ProgressStore#recordAnswer}. Build it with
 * {@link #answered} (a checked quiz answer, graded by {@link Grading}) or {@link #selfGraded}
 * (a flashcard the learner graded), which fill in the hash, topics and Easy threshold from the question.
 *
 * @param contentHash  {@link QuestionHash#of} the question as it was asked
 * @param responseText the answer as the learner gave it, for display; null for flashcards
 * @param fraction     credit earned, 0..1
 * @param correct      whether the answer counts as right (as the answer checker decided)
 * @param fastMillis   answers at or under this time, right and without hint, are graded Easy
 * @param selfGrade    the learner's own grade (flashcards); when set it overrides the derived grade
 */
public record AnswerEvent(String bankId, String questionId, String contentHash, List<String> topics,
                          String responseText, double fraction, boolean correct, boolean hintUsed,
                          long elapsedMillis, long fastMillis, Instant at, Rating selfGrade) {

    public AnswerEvent {
        Objects.requireNonNull(bankId, "bankId");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(at, "at");
        topics = topics == null ? List.of() : List.copyOf(topics);
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in [0, 1], was " + fraction);
        }
    }

    public static AnswerEvent answered(String bankId, Question q, String response, double fraction, boolean correct,
                                       boolean hintUsed, long elapsedMillis, Instant at) {
        return new AnswerEvent(bankId, q.id(), QuestionHash.of(q), q.topics(), response, fraction, correct,
                hintUsed, elapsedMillis, Grading.fastThresholdMillis(q), at, null);
    }

    public static AnswerEvent selfGraded(String bankId, Question q, Rating grade, long elapsedMillis, Instant at) {
        return new AnswerEvent(bankId, q.id(), QuestionHash.of(q), q.topics(), null,
                grade == Rating.AGAIN ? 0 : 1, grade != Rating.AGAIN, false, elapsedMillis,
                Grading.fastThresholdMillis(q), at, Objects.requireNonNull(grade, "grade"));
    }

    /** The FSRS grade this answer gets. */
    public Rating rating() {
        return selfGrade != null ? selfGrade : Grading.rate(fraction, correct, hintUsed, elapsedMillis, fastMillis);
    }
}
