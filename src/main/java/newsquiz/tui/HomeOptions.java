package newsquiz.tui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import newsquiz.engine.QuizMode;
import newsquiz.engine.QuizSetup;

/** The choices each home-screen option cycles through, and how each value reads. */
final class HomeOptions {

    static final List<Integer> COUNTS = List.of(5, 10, 15, 20, 25, 30, 40, 50, 75, 100);
    static final List<Duration> TIME_LIMITS = List.of(Duration.ofMinutes(5), Duration.ofMinutes(10),
            Duration.ofMinutes(15), Duration.ofMinutes(20), Duration.ofMinutes(30), Duration.ofMinutes(45), Duration.ofMinutes(60));
    static final List<Double> NEGATIVE = List.of(0.0, 0.25, 0.5, 1.0);
    static final List<Duration> PER_QUESTION = List.of(Duration.ofSeconds(10), Duration.ofSeconds(15),
            Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(45), Duration.ofSeconds(60));

    private HomeOptions() {
    }

    static String label(HomeModel.Row row) {
        return switch (row) {
            case MODE -> "Mode";
            case COUNT -> "Questions";
            case TOPIC -> "Topic";
            case SHUFFLE -> "Shuffle";
            case TIME_LIMIT -> "Time limit";
            case NEGATIVE -> "Wrong guess";
            case PER_QUESTION -> "Per question";
            case TIME_SCORING -> "Speed points";
            case STREAKS -> "Streak bonus";
            default -> "";
        };
    }

    static String value(HomeModel.Row row, QuizSetup s, BankEntry bank, Display d) {
        return switch (row) {
            case MODE -> s.mode().name().toLowerCase();
            case COUNT -> {
                int all = bank == null ? 0 : bank.questions();
                yield s.selection().count() == 0 || s.selection().count() >= all ? "all " + all : s.selection().count() + " of " + all;
            }
            case TOPIC -> s.selection().topics().isEmpty() ? "all" : d.oneLine(String.join(", ", new java.util.TreeSet<>(s.selection().topics())));
            case SHUFFLE -> onOff(s.selection().shuffle());
            case TIME_LIMIT -> s.timeLimit() == null ? "none" : s.timeLimit().toMinutes() + " min";
            case NEGATIVE -> s.negativeMarking() == 0 ? "costs nothing" : "costs " + Math.round(100 * s.negativeMarking()) + "%";
            case PER_QUESTION -> s.perQuestion().toSeconds() + " s";
            case TIME_SCORING -> onOff(s.timeScoring());
            case STREAKS -> onOff(s.streaks());
            default -> "";
        };
    }

    static String describe(QuizMode mode) {
        return switch (mode) {
            case PRACTICE -> "Feedback after each answer; questions you miss come back once at the end.";
            case EXAM -> "No feedback until the end; optional time limit and negative marking.";
            case SPEED -> "A timer on every question; faster right answers score more.";
        };
    }

    /** {@code s} with the option on {@code row} moved one step in {@code direction} (+1 or -1). */
    static QuizSetup change(HomeModel.Row row, QuizSetup s, BankEntry bank, int direction) {
        return switch (row) {
            case MODE -> s.withMode(step(List.of(QuizMode.values()), s.mode(), direction));
            case COUNT -> s.withCount(step(counts(bank), s.selection().count(), direction));
            case TOPIC -> {
                List<String> topics = new ArrayList<>();
                topics.add(null);
                if (bank != null) {
                    topics.addAll(bank.topics());
                }
                String now = s.selection().topics().isEmpty() ? null : s.selection().topics().iterator().next();
                String next = step(topics, now, direction);
                yield s.withTopics(next == null ? Set.of() : Set.of(next));
            }
            case SHUFFLE -> s.withShuffle(!s.selection().shuffle());
            case TIME_LIMIT -> {
                List<Duration> limits = new ArrayList<>();
                limits.add(null);
                limits.addAll(TIME_LIMITS);
                yield s.withTimeLimit(step(limits, s.timeLimit(), direction));
            }
            case NEGATIVE -> s.withNegativeMarking(step(NEGATIVE, s.negativeMarking(), direction));
            case PER_QUESTION -> s.withPerQuestion(step(PER_QUESTION, s.perQuestion(), direction));
            case TIME_SCORING -> s.withTimeScoring(!s.timeScoring());
            case STREAKS -> s.withStreaks(!s.streaks());
            default -> s;
        };
    }

    /** 0 (all) and the usual sizes smaller than the bank. */
    static List<Integer> counts(BankEntry bank) {
        List<Integer> out = new ArrayList<>();
        out.add(0);
        int all = bank == null ? 0 : bank.questions();
        COUNTS.stream().filter(c -> c < all).forEach(out::add);
        return out;
    }

    /** The value after {@code current} (wrapping); the first value when {@code current} is not in the list. */
    static <T> T step(List<T> values, T current, int direction) {
        int i = -1;
        for (int k = 0; k < values.size(); k++) {
            if (Objects.equals(values.get(k), current)) {
                i = k;
            }
        }
        if (i < 0) {
            return values.get(0);
        }
        return values.get(Math.floorMod(i + direction, values.size()));
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }
}
