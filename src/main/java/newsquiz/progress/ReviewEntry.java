package newsquiz.progress;

import java.time.Instant;
import java.util.Objects;
import newsquiz.progress.fsrs.CardState;
import newsquiz.progress.fsrs.Rating;

/**
 * One line of a question's review log: enough to replay the schedule (py-fsrs's {@code reschedule})
 * and to measure retention actually achieved.
 *
 * @param stateBefore the card's state when it was reviewed ({@code review} entries count for retention)
 * @param millis      time the learner took
 */
public record ReviewEntry(Instant at, Rating rating, CardState stateBefore, long millis) {
    public ReviewEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(stateBefore, "stateBefore");
    }
}
