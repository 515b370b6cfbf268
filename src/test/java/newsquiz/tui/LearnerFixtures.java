package newsquiz.tui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newsquiz.progress.stats.StatsReport;

/** A learner with a few profiles and a report rich enough to fill every chart of the statistics screen. */
final class LearnerFixtures {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    private LearnerFixtures() {
    }

    static StatsReport report(String profile) {
        List<StatsReport.TopicAccuracy> topics = List.of(
                new StatsReport.TopicAccuracy("budget", 3, 8, 6),
                new StatsReport.TopicAccuracy("local", 4, 10, 3),
                new StatsReport.TopicAccuracy("(no topic)", 1, 2, 2));
        List<StatsReport.SessionPoint> sessions = new ArrayList<>();
        double[] scores = {2, 5, 4, 7, 8};
        for (int i = 0; i < scores.length; i++) {
            Instant at = Instant.parse("2025-03-0" + (i + 5) + "T18:00:00Z");
            sessions.add(new StatsReport.SessionPoint(at, TODAY.minusDays(5 - i), "tiny", i % 2 == 0 ? "practice" : "exam",
                    scores[i], 8, 300_000));
        }
        int[] due = {3, 0, 1, 0, 0, 4, 0, 0, 0, 2, 0, 0, 0, 1};
        List<StatsReport.DayCount> days = new ArrayList<>();
        for (int i = 0; i < due.length; i++) {
            days.add(new StatsReport.DayCount(TODAY.plusDays(i), due[i]));
        }
        return new StatsReport(profile, TODAY, new StatsReport.Totals(8, 2, 3, 3, 20, 11, 1), topics, sessions, days,
                new StatsReport.Retention(12, 10, 0.9), new StatsReport.Streak(4, 6, false, TODAY.minusDays(1)));
    }

    /** Profiles in memory; switching is recorded so tests can see it. */
    static final class FakeLearner implements Learner {
        final List<String> profiles = new ArrayList<>(List.of("default", "ana"));
        String current = "default";
        final List<String> switches = new ArrayList<>();

        @Override
        public String profile() {
            return current;
        }

        @Override
        public List<String> profiles() {
            List<String> all = new ArrayList<>(profiles);
            if (!all.contains(current)) {
                all.add(current);
            }
            return all;
        }

        @Override
        public void switchProfile(String name) {
            switches.add(name);
            current = name;
        }

        @Override
        public StatsReport stats(Instant now) {
            return report(current);
        }
    }

    /** The tiny bank's home screen for a learner. */
    static HomeModel home(String profile) {
        return Fixtures.home().withProfile(profile);
    }
}
