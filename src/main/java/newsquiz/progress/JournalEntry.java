package newsquiz.progress;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import newsquiz.progress.fsrs.Card;
import newsquiz.progress.fsrs.Rating;

/**
 * One change to the progress data, as written to {@code progress.journal} (one JSON line each) and
 * applied to memory by {@link ProgressData#apply}. Entries carry results (the new card), not inputs,
 * so replaying them does not depend on the scheduler's settings. {@code seq} increases by one per
 * entry over the life of the data; {@code progress.json} records the last one it contains, so an
 * entry is applied exactly once even if the journal outlives a compaction.
 */
sealed interface JournalEntry permits JournalEntry.Answer, JournalEntry.Restore, JournalEntry.Session {

    long seq();

    String profile();

    /** An answer (or a flashcard self-grade) and the card the scheduler made from it. */
    record Answer(long seq, String profile, Instant at, String bank, String question, String hash,
                  List<String> topics, String response, Double mark, boolean correct, boolean hint, long millis,
                  Rating rating, Card card) implements JournalEntry {
        public Answer {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(bank, "bank");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(rating, "rating");
            Objects.requireNonNull(card, "card");
            topics = topics == null ? List.of() : List.copyOf(topics);
        }
    }

    /** Puts back a question's record as it was (undo); {@code record} null removes it. */
    record Restore(long seq, String profile, String bank, String question, QuestionRecord record)
            implements JournalEntry {
        public Restore {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(bank, "bank");
            Objects.requireNonNull(question, "question");
        }
    }

    /** A finished session. */
    record Session(long seq, String profile, SessionRecord session) implements JournalEntry {
        public Session {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(session, "session");
        }
    }
}
