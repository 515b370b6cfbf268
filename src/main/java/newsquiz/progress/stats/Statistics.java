package newsquiz.progress.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import newsquiz.progress.ProfileSnapshot;
import newsquiz.progress.ProgressStore;
import newsquiz.progress.QuestionRecord;
import newsquiz.progress.ReviewEntry;
import newsquiz.progress.SessionRecord;
import newsquiz.progress.fsrs.Card;
import newsquiz.progress.fsrs.CardState;
import newsquiz.progress.fsrs.Rating;

/** Pure functions from a profile's progress to a {@link StatsReport}. Days are in {@code zone}. */
public final class Statistics {

    /** Questions with no topic are counted under this name. */
    public static final String NO_TOPIC = "(no topic)";

    private Statistics() {
    }

    /**
     * The statistics of the store's current profile at {@code now}, against the store's own target
     * retention: what {@code newsquiz stats} prints and the statistics screen draws.
     */
    public static StatsReport of(ProgressStore store, Instant now, ZoneId zone) {
        return compute(store.snapshot(), now, zone, store.scheduler().config().desiredRetention());
    }

    public static StatsReport compute(ProfileSnapshot p, Instant now, ZoneId zone, double targetRetention) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        int seen = 0;
        int mastered = 0;
        int learning = 0;
        int answers = 0;
        int correct = 0;
        int edited = 0;
        int reviews = 0;
        int recalled = 0;
        Map<String, int[]> topics = new TreeMap<>();
        int[] due = new int[14];
        TreeSet<LocalDate> activeDays = new TreeSet<>();
        for (Map<String, QuestionRecord> bank : p.banks().values()) {
            for (QuestionRecord r : bank.values()) {
                if (r.edited()) {
                    edited++;
                }
                for (QuestionRecord old : r.previous()) {
                    for (ReviewEntry e : old.log()) {
                        activeDays.add(LocalDate.ofInstant(e.at(), zone));
                    }
                }
                if (r.attempts() == 0) {
                    continue;
                }
                seen++;
                answers += r.attempts();
                correct += r.correct();
                Card c = r.card();
                if (c.state() == CardState.REVIEW && c.stability() >= ProgressStore.MASTERED_STABILITY_DAYS) {
                    mastered++;
                }
                if (c.state() == CardState.LEARNING || c.state() == CardState.RELEARNING) {
                    learning++;
                }
                if (!c.isNew() && c.due() != null) {
                    long day = Math.max(0, LocalDate.ofInstant(c.due(), zone).toEpochDay() - today.toEpochDay());
                    if (day < 14) {
                        due[(int) day]++;
                    }
                }
                List<String> qTopics = r.topics().isEmpty() ? List.of(NO_TOPIC) : r.topics();
                for (String t : new TreeSet<>(qTopics)) {
                    int[] acc = topics.computeIfAbsent(t, k -> new int[3]);
                    acc[0]++;
                    acc[1] += r.attempts();
                    acc[2] += r.correct();
                }
                for (ReviewEntry e : r.log()) {
                    activeDays.add(LocalDate.ofInstant(e.at(), zone));
                    if (e.stateBefore() == CardState.REVIEW) {
                        reviews++;
                        if (e.rating() != Rating.AGAIN) {
                            recalled++;
                        }
                    }
                }
            }
        }
        List<StatsReport.TopicAccuracy> topicList = new ArrayList<>();
        for (Map.Entry<String, int[]> e : topics.entrySet()) {
            topicList.add(new StatsReport.TopicAccuracy(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]));
        }
        List<StatsReport.SessionPoint> sessions = new ArrayList<>();
        for (SessionRecord s : p.sessions()) {
            LocalDate d = LocalDate.ofInstant(s.startedAt(), zone);
            activeDays.add(d);
            sessions.add(new StatsReport.SessionPoint(s.startedAt(), d, s.bankId(), s.mode(), s.score(), s.max(),
                    s.durationMillis()));
        }
        sessions.sort(Comparator.comparing(StatsReport.SessionPoint::startedAt));
        List<StatsReport.DayCount> days = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            days.add(new StatsReport.DayCount(today.plusDays(i), due[i]));
        }
        int dueToday = due[0];
        return new StatsReport(p.name(), today,
                new StatsReport.Totals(seen, mastered, learning, dueToday, answers, correct, edited),
                topicList, sessions, days, new StatsReport.Retention(reviews, recalled, targetRetention),
                streak(activeDays, today));
    }

    static StatsReport.Streak streak(TreeSet<LocalDate> days, LocalDate today) {
        activeBefore(days, today);
        boolean activeToday = days.contains(today);
        int current = 0;
        LocalDate d = activeToday ? today : today.minusDays(1);
        while (days.contains(d)) {
            current++;
            d = d.minusDays(1);
        }
        int longest = 0;
        int run = 0;
        LocalDate prev = null;
        for (LocalDate day : days) {
            run = prev != null && prev.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            prev = day;
        }
        return new StatsReport.Streak(current, longest, activeToday, days.isEmpty() ? null : days.last());
    }

    /** Days after today (a clock set back) do not count. */
    private static void activeBefore(TreeSet<LocalDate> days, LocalDate today) {
        days.tailSet(today, false).clear();
    }
}
