package newsquiz.progress;

import java.time.Instant;
import java.util.Objects;

/**
 * One finished (or abandoned) quiz session, for score history.
 *
 * @param mode  e.g. {@code practice}, {@code exam}, {@code speed}, {@code review}, {@code flashcards}
 * @param score points earned (partial credit allowed)
 * @param max   points available
 */
public record SessionRecord(Instant startedAt, String bankId, String mode, double score, double max,
                            long durationMillis) {
    public SessionRecord {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(bankId, "bankId");
        Objects.requireNonNull(mode, "mode");
    }
}
