package newsquiz.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A quiz in progress. Immutable: every action returns the next session, so front ends can keep
 * it in their models, tests can replay any sequence, and nothing depends on a clock it was not
 * handed ({@code now} comes with every action).
 */
public final class QuizSession {

    private final List<QuizItem> items;
    private final QuizConfig config;
    private final int position;
    private final List<AnswerRecord> records;
    private final Set<String> requeued;
    private final Instant startedAt;
    private final Instant shownAt;
    private final boolean hintShown;
    private final int streak;
    private final Instant finishedAt;

    private QuizSession(List<QuizItem> items, QuizConfig config, int position, List<AnswerRecord> records,
                        Set<String> requeued, Instant startedAt, Instant shownAt, boolean hintShown, int streak,
                        Instant finishedAt) {
        this.items = items;
        this.config = config;
        this.position = position;
        this.records = records;
        this.requeued = requeued;
        this.startedAt = startedAt;
        this.shownAt = shownAt;
        this.hintShown = hintShown;
        this.streak = streak;
        this.finishedAt = finishedAt;
    }

    public static QuizSession start(List<QuizItem> items, QuizConfig config, Instant now) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a quiz needs at least one question");
        }
        return new QuizSession(List.copyOf(items), config, 0, List.of(), Set.of(), now, now, false, 0, null);
    }

    /** The outcome of an answer or skip: the next session and the record just made. */
    public record Step(QuizSession next, AnswerRecord record) {
    }

    public QuizConfig config() {
        return config;
    }

    public boolean finished() {
        return finishedAt != null || position >= items.size();
    }

    /** The question to answer now; null once finished. */
    public QuizItem current() {
        return finished() ? null : items.get(position);
    }

    /** 1-based number of the current question. */
    public int number() {
        return Math.min(position + 1, items.size());
    }

    /** Questions in this session so far, including ones that came back for a second try. */
    public int total() {
        return items.size();
    }

    public int streak() {
        return streak;
    }

    public boolean hintShown() {
        return hintShown;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** When the current question appeared (for per-question timers). */
    public Instant shownAt() {
        return shownAt;
    }

    public List<AnswerRecord> records() {
        return records;
    }

    public double score() {
        return result().score();
    }

    /** Time left on the whole-quiz limit, or null when there is none. Never negative. */
    public Duration remaining(Instant now) {
        if (config.timeLimit() == null) {
            return null;
        }
        Duration left = config.timeLimit().minus(Duration.between(startedAt, now));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Time left on the current question's limit, or null when there is none. */
    public Duration questionRemaining(Instant now) {
        if (config.perQuestionLimit() == null) {
            return null;
        }
        Duration left = config.perQuestionLimit().minus(Duration.between(shownAt, now));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** True when a limit has run out and the front end should call {@link #timeout}. */
    public boolean timedOut(Instant now) {
        Duration quiz = remaining(now);
        Duration question = questionRemaining(now);
        return !finished() && ((quiz != null && quiz.isZero()) || (question != null && question.isZero()));
    }

    /**
     * The current question appeared on screen at {@code now}: per-question timers and answer
     * times count from here. A front end that pauses between questions (feedback the learner
     * reads before going on) calls this when it shows the next one, so reading time is not
     * charged to the next answer.
     */
    public QuizSession presented(Instant now) {
        if (finished()) {
            return this;
        }
        return new QuizSession(items, config, position, records, requeued, startedAt, now, hintShown, streak, finishedAt);
    }

    public boolean canHint() {
        return !finished() && config.hints() && current().question().hint() != null;
    }

    public QuizSession showHint() {
        if (!canHint()) {
            return this;
        }
        return new QuizSession(items, config, position, records, requeued, startedAt, shownAt, true, streak, finishedAt);
    }

    /**
     * The current question shown afresh at {@code now}: its answer time counts from now. Used when an
     * answer to it was taken back ({@link UndoableQuiz}), so the time spent before does not count.
     */
    public QuizSession shownAgain(Instant now) {
        if (finished()) {
            return this;
        }
        return new QuizSession(items, config, position, records, requeued, startedAt, now, hintShown, streak, finishedAt);
    }

    public Step answer(Response response, Instant now) {
        Objects.requireNonNull(response, "response");
        requireOpen();
        if (timedOut(now)) {
            return timeoutStep(now);
        }
        QuizItem item = current();
        Mark mark = AnswerChecker.check(item.question(), response, config.policy().partialCredit());
        return record(item, response, mark, now);
    }

    public Step skip(Instant now) {
        requireOpen();
        QuizItem item = current();
        Mark mark = new Mark(Verdict.SKIPPED, 0, false, RightAnswer.of(item.question()));
        return record(item, null, mark, now);
    }

    /**
     * A limit ran out. A per-question limit marks the current question unanswered and moves on;
     * the whole-quiz limit ends the quiz with every remaining question unanswered.
     */
    public QuizSession timeout(Instant now) {
        return timeoutStep(now).next();
    }

    private Step timeoutStep(Instant now) {
        Duration quiz = remaining(now);
        if (quiz != null && quiz.isZero()) {
            QuizSession ended = finish(now);
            return new Step(ended, ended.records.isEmpty() ? null : ended.records.get(ended.records.size() - 1));
        }
        QuizItem item = current();
        return record(item, null, new Mark(Verdict.UNANSWERED, 0, false, RightAnswer.of(item.question())), now);
    }

    /** Ends the quiz now; questions not reached are recorded as unanswered. */
    public QuizSession finish(Instant now) {
        if (finished()) {
            return this;
        }
        List<AnswerRecord> all = new ArrayList<>(records);
        Set<String> done = new HashSet<>();
        records.forEach(r -> done.add(r.questionId()));
        for (int i = position; i < items.size(); i++) {
            QuizItem item = items.get(i);
            if (done.add(item.question().id())) {
                Mark m = new Mark(Verdict.UNANSWERED, 0, false, RightAnswer.of(item.question()));
                all.add(new AnswerRecord(item, null, m, 0, Points.maximum(config.policy(), item.question()), false,
                        i == position ? shownAt : now, i == position ? Duration.between(shownAt, now) : Duration.ZERO, 0));
            }
        }
        return new QuizSession(items, config, items.size(), List.copyOf(all), requeued, startedAt, now, false, streak, now);
    }

    public QuizResult result() {
        Instant end = finishedAt != null ? finishedAt : shownAt;
        return new QuizResult(records, Duration.between(startedAt, end));
    }

    private Step record(QuizItem item, Response response, Mark mark, Instant now) {
        Duration taken = Duration.between(shownAt, now);
        double max = Points.maximum(config.policy(), item.question());
        double points = Points.earned(config.policy(), item.question(), mark, hintShown, taken, streak);
        int newStreak = mark.verdict() == Verdict.CORRECT ? streak + 1 : 0;
        AnswerRecord rec = new AnswerRecord(item, response, mark, points, max, hintShown, shownAt, taken, newStreak);

        List<AnswerRecord> all = new ArrayList<>(records);
        all.add(rec);
        List<QuizItem> nextItems = items;
        Set<String> nextRequeued = requeued;
        boolean missed = mark.verdict() == Verdict.WRONG || mark.verdict() == Verdict.PARTIAL;
        if (config.requeueWrong() && missed && !requeued.contains(item.question().id())) {
            List<QuizItem> grown = new ArrayList<>(items);
            grown.add(item);
            nextItems = List.copyOf(grown);
            Set<String> r = new HashSet<>(requeued);
            r.add(item.question().id());
            nextRequeued = Set.copyOf(r);
        }
        QuizSession next = new QuizSession(nextItems, config, position + 1, List.copyOf(all), nextRequeued, startedAt,
                now, false, newStreak, null);
        if (next.position >= nextItems.size()) {
            next = new QuizSession(nextItems, config, position + 1, List.copyOf(all), nextRequeued, startedAt, now,
                    false, newStreak, now);
        }
        return new Step(next, rec);
    }

    private void requireOpen() {
        if (finished()) {
            throw new IllegalStateException("the quiz is finished");
        }
    }
}
