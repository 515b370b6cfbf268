package newsquiz.progress;

import java.time.Duration;
import java.time.Instant;
import newsquiz.bank.Question;
import newsquiz.progress.fsrs.Card;
import newsquiz.progress.fsrs.FsrsScheduler;
import newsquiz.progress.fsrs.Rating;

/**
 * When a question would next be due after each grade, for the flashcard grade buttons
 * ("1 again 1 min, 2 hard 6 min, 3 good 10 min, 4 easy 8 d"), as Anki shows them.
 *
 * @param again time until due after Again; likewise for the others
 */
public record GradePreview(Duration again, Duration hard, Duration good, Duration easy) {

    /** The intervals for {@code q} of bank {@code bankId} as the learner's current profile stands at {@code now}. */
    public static GradePreview of(ProgressStore store, String bankId, Question q, Instant now) {
        String hash = QuestionHash.of(q);
        Card card = store.record(bankId, q.id()).filter(r -> r.matches(hash)).map(QuestionRecord::card)
                .orElse(Card.NEW);
        FsrsScheduler.Outcomes o = store.scheduler().preview(card, now);
        return new GradePreview(until(o.again(), now), until(o.hard(), now), until(o.good(), now), until(o.easy(), now));
    }

    public Duration get(Rating r) {
        switch (r) {
            case AGAIN:
                return again;
            case HARD:
                return hard;
            case GOOD:
                return good;
            default:
                return easy;
        }
    }

    private static Duration until(Card c, Instant now) {
        return c.due() == null ? Duration.ZERO : Duration.between(now, c.due());
    }
}
