package newsquiz.progress.fsrs;

import java.time.Instant;
import java.util.Objects;

/**
 * The FSRS memory state of one question for one learner. Immutable; {@link FsrsScheduler#review}
 * returns a new card.
 *
 * @param step       index into the (re)learning steps while {@code LEARNING}/{@code RELEARNING}, else 0
 * @param stability  S in days; 0 while {@code NEW}
 * @param difficulty D in [1, 10]; 0 while {@code NEW}
 * @param due        when the card should next be reviewed; null while {@code NEW}
 * @param lastReview null while {@code NEW}
 * @param reps       number of reviews
 * @param lapses     number of times a {@code REVIEW} card was forgotten (rated Again)
 */
public record Card(CardState state, int step, double stability, double difficulty, Instant due,
                   Instant lastReview, int reps, int lapses) {

    public static final Card NEW = new Card(CardState.NEW, 0, 0, 0, null, null, 0, 0);

    public Card {
        Objects.requireNonNull(state, "state");
    }

    public boolean isNew() {
        return state == CardState.NEW;
    }
}
