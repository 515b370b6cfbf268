package newsquiz.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsquiz.bank.Question;

/**
 * Everything chosen before a quiz starts: which questions, which mode and its options, and the
 * seed. Both front ends (the command line and the TUI's home screen) build sessions through
 * here, so a quiz started either way is the same quiz.
 *
 * @param timeLimit       exam: whole-quiz limit, null for none
 * @param negativeMarking exam: share of a question's points lost for a wrong guess (0..1)
 * @param perQuestion     speed round: time for each question
 */
public record QuizSetup(QuizMode mode, Selection selection, Duration timeLimit, double negativeMarking,
                        Duration perQuestion, boolean timeScoring, boolean streaks, long seed) {

    public static final Duration DEFAULT_PER_QUESTION = Duration.ofSeconds(20);

    /** Practice on every question, shuffled. */
    public static QuizSetup defaults(long seed) {
        return new QuizSetup(QuizMode.PRACTICE, Selection.all(), null, 0, DEFAULT_PER_QUESTION, true, true, seed);
    }

    public QuizConfig config() {
        return switch (mode) {
            case PRACTICE -> QuizConfig.practice();
            case EXAM -> QuizConfig.exam(timeLimit, negativeMarking);
            case SPEED -> QuizConfig.speed(perQuestion, timeScoring, streaks);
        };
    }

    public List<QuizItem> pick(List<Question> questions) {
        return QuestionPicker.pick(questions, selection, seed);
    }

    /** A new session on the picked questions; empty when none matches the selection. */
    public Optional<QuizSession> start(List<Question> questions, Instant now) {
        List<QuizItem> items = pick(questions);
        return items.isEmpty() ? Optional.empty() : Optional.of(QuizSession.start(items, config(), now));
    }

    public QuizSetup withMode(QuizMode m) {
        return new QuizSetup(m, selection, timeLimit, negativeMarking, perQuestion, timeScoring, streaks, seed);
    }

    public QuizSetup withSelection(Selection s) {
        return new QuizSetup(mode, s, timeLimit, negativeMarking, perQuestion, timeScoring, streaks, seed);
    }

    public QuizSetup withCount(int count) {
        return withSelection(new Selection(count, selection.topics(), selection.difficulties(), selection.shuffle()));
    }

    public QuizSetup withTopics(Set<String> topics) {
        return withSelection(new Selection(selection.count(), topics, selection.difficulties(), selection.shuffle()));
    }

    public QuizSetup withShuffle(boolean shuffle) {
        return withSelection(new Selection(selection.count(), selection.topics(), selection.difficulties(), shuffle));
    }

    public QuizSetup withTimeLimit(Duration d) {
        return new QuizSetup(mode, selection, d, negativeMarking, perQuestion, timeScoring, streaks, seed);
    }

    public QuizSetup withNegativeMarking(double share) {
        return new QuizSetup(mode, selection, timeLimit, share, perQuestion, timeScoring, streaks, seed);
    }

    public QuizSetup withPerQuestion(Duration d) {
        return new QuizSetup(mode, selection, timeLimit, negativeMarking, d, timeScoring, streaks, seed);
    }

    public QuizSetup withTimeScoring(boolean on) {
        return new QuizSetup(mode, selection, timeLimit, negativeMarking, perQuestion, on, streaks, seed);
    }

    public QuizSetup withStreaks(boolean on) {
        return new QuizSetup(mode, selection, timeLimit, negativeMarking, perQuestion, timeScoring, on, seed);
    }

    public QuizSetup withSeed(long s) {
        return new QuizSetup(mode, selection, timeLimit, negativeMarking, perQuestion, timeScoring, streaks, s);
    }
}
