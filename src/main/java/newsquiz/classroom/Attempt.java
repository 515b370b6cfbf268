package newsquiz.classroom;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import newsquiz.engine.QuizConfig;

/**
 * One student's attempt at a fixed quiz: the content of one result file. While the exam runs
 * {@code finishedAt} is null and {@code answers} grows; the items are there from the start, so
 * an interrupted attempt can be picked up exactly where it stopped.
 *
 * @param timeLimit null when the exam had none
 * @param app       the newsquiz version that wrote the file (for support, not logic)
 */
public record Attempt(String attemptId, String student, BankRef bank, long seed, String mode, Duration timeLimit,
                      double negativeMarking, Instant startedAt, Instant finishedAt, List<ItemSnapshot> items,
                      List<AttemptAnswer> answers, String app) {

    /** Version of the result file format; readers refuse versions they do not know. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * Which bank, and which version of it, the attempt was taken on.
     *
     * @param file        where the bank was when the attempt started (for resume on the same machine)
     * @param contentHash {@link BankHash#of}
     */
    public record BankRef(String id, String title, String file, String contentHash) {
    }

    public Attempt {
        Objects.requireNonNull(attemptId, "attemptId");
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(startedAt, "startedAt");
        items = List.copyOf(items);
        answers = List.copyOf(answers);
    }

    public boolean finished() {
        return finishedAt != null;
    }

    /** The exam's rules, rebuilt for a resume. */
    public QuizConfig config() {
        return QuizConfig.exam(timeLimit, negativeMarking);
    }

    public double score() {
        return answers.stream().mapToDouble(AttemptAnswer::points).sum();
    }

    /** Points available in the whole quiz, including questions not answered yet. */
    public double maximum() {
        return items.stream().mapToDouble(ItemSnapshot::points).sum();
    }

    /** Score as a share of the maximum, 0..100 (clamped as in the quiz's own results). */
    public double percent() {
        double max = maximum();
        return max == 0 ? 0 : Math.min(100, 100 * Math.max(0, score()) / max);
    }

    /** Start to finish; for an unfinished attempt, start to the last answer. */
    public Duration duration() {
        Instant end = finishedAt != null ? finishedAt
                : answers.isEmpty() ? startedAt : answers.get(answers.size() - 1).answeredAt();
        return Duration.between(startedAt, end);
    }

    public Optional<AttemptAnswer> answer(String questionId) {
        return answers.stream().filter(a -> a.question().equals(questionId)).findFirst();
    }

    /** This attempt with {@code a} added, or replacing an earlier answer to the same question. */
    public Attempt withAnswer(AttemptAnswer a) {
        List<AttemptAnswer> next = new ArrayList<>(answers);
        next.removeIf(old -> old.question().equals(a.question()));
        next.add(a);
        return new Attempt(attemptId, student, bank, seed, mode, timeLimit, negativeMarking, startedAt, finishedAt, items,
                next, app);
    }

    public Attempt finish(List<AttemptAnswer> all, Instant end) {
        return new Attempt(attemptId, student, bank, seed, mode, timeLimit, negativeMarking, startedAt, end, items, all, app);
    }
}
