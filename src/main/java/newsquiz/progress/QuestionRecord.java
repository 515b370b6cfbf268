package newsquiz.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import newsquiz.progress.fsrs.Card;

/**
 * One learner's history with one question (keyed elsewhere by bank id and question id).
 *
 * @param hash       {@link QuestionHash} of the question when this history was recorded; empty when
 *                   unknown (migrated from a file that had none)
 * @param topics     the question's topics, kept so statistics need no bank
 * @param lastAnswer what the learner last answered, as shown; null for self-graded flashcards
 * @param lastMark   fraction of the points last earned, 0..1; null for self-graded flashcards
 * @param lastMillis time taken by the last answer
 * @param previous   histories of earlier versions of the question (its content hash changed), newest
 *                   last; they are kept, flagged as edited, and never mixed with the current one
 */
public record QuestionRecord(String hash, List<String> topics, int attempts, int correct, String lastAnswer,
                             Double lastMark, long lastMillis, Card card, List<ReviewEntry> log,
                             List<QuestionRecord> previous) {

    public QuestionRecord {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(card, "card");
        topics = topics == null ? List.of() : List.copyOf(topics);
        log = log == null ? List.of() : List.copyOf(log);
        previous = previous == null ? List.of() : List.copyOf(previous);
    }

    /** A question never answered, with content {@code hash}. */
    public static QuestionRecord fresh(String hash, List<String> topics) {
        return new QuestionRecord(hash, topics, 0, 0, null, null, 0, Card.NEW, List.of(), List.of());
    }

    /** True when earlier versions of this question were answered before it was edited. */
    public boolean edited() {
        return !previous.isEmpty();
    }

    /** Whether this history belongs to the question with content {@code otherHash}. */
    public boolean matches(String otherHash) {
        return hash.isEmpty() || otherHash == null || otherHash.isEmpty() || hash.equals(otherHash);
    }

    /** Starts a fresh history for the edited question, keeping this one in {@link #previous}. */
    QuestionRecord supersededBy(String newHash, List<String> newTopics) {
        List<QuestionRecord> older = new ArrayList<>(previous);
        older.add(new QuestionRecord(hash, topics, attempts, correct, lastAnswer, lastMark, lastMillis, card, log,
                List.of()));
        return new QuestionRecord(newHash, newTopics, 0, 0, null, null, 0, Card.NEW, List.of(), older);
    }

    QuestionRecord withAnswer(String newHash, List<String> newTopics, boolean wasCorrect, String answer, Double mark,
                              long millis, Card newCard, ReviewEntry entry) {
        List<ReviewEntry> newLog = new ArrayList<>(log.size() + 1);
        newLog.addAll(log);
        newLog.add(entry);
        return new QuestionRecord(hash.isEmpty() ? newHash : hash, newTopics, attempts + 1,
                correct + (wasCorrect ? 1 : 0), answer, mark, millis, newCard, newLog, previous);
    }
}
