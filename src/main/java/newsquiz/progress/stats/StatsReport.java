package newsquiz.progress.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything {@code newsquiz stats} and the statistics screen show, computed by
 * {@link Statistics#compute}. Plain data: render it with {@link StatsText}, {@link StatsJson} or
 * {@link StatsCsv}, or draw it in the TUI.
 */
public record StatsReport(String profile, LocalDate today, Totals totals, List<TopicAccuracy> topics,
                          List<SessionPoint> sessions, List<DayCount> dueNext14Days, Retention retention,
                          Streak streak) {

    /** Nothing answered and no session recorded: there is nothing to show. */
    public boolean empty() {
        return totals.seen() == 0 && sessions.isEmpty();
    }

    public StatsReport {
        topics = List.copyOf(topics);
        sessions = List.copyOf(sessions);
        dueNext14Days = List.copyOf(dueNext14Days);
    }

    /**
     * @param seen      questions answered at least once (current versions)
     * @param mastered  questions in review with stability of at least 21 days
     * @param learning  questions in a (re)learning step
     * @param dueToday  questions due by the end of today, overdue included (new ones not counted)
     * @param edited    questions whose history was set aside because the question changed
     */
    public record Totals(int seen, int mastered, int learning, int dueToday, int answers, int correct,
                         int edited) {
        public double accuracy() {
            return answers == 0 ? 0 : (double) correct / answers;
        }
    }

    /** Answers to questions with this topic; a question with two topics counts for both. */
    public record TopicAccuracy(String topic, int questions, int attempts, int correct) {
        public double accuracy() {
            return attempts == 0 ? 0 : (double) correct / attempts;
        }
    }

    public record SessionPoint(Instant startedAt, LocalDate date, String bankId, String mode, double score,
                               double max, long durationMillis) {
        public double fraction() {
            return max <= 0 ? 0 : score / max;
        }
    }

    /** Reviews due on {@code date}; the first day (today) includes everything overdue. */
    public record DayCount(LocalDate date, int count) {
    }

    /**
     * Retention actually achieved: of the reviews of cards in the review state (not new or learning),
     * the share not graded Again. {@code target} is the scheduler's desired retention.
     */
    public record Retention(int reviews, int recalled, double target) {
        public double achieved() {
            return reviews == 0 ? 0 : (double) recalled / reviews;
        }
    }

    /**
     * Days in a row with at least one answer. {@code current} counts back from today, or from
     * yesterday when nothing has been answered yet today (the streak is still alive).
     */
    public record Streak(int current, int longest, boolean activeToday, LocalDate lastActive) {
    }
}
