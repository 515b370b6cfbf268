package newsquiz.progress.stats;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The report as text for a terminal: figures first, then block-character bar charts. */
public final class StatsText {

    /** Sessions shown in the score history; older ones are counted but not drawn. */
    public static final int SESSIONS_SHOWN = 15;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private StatsText() {
    }

    /** Renders for a terminal {@code width} columns wide (at least 60 is assumed). */
    public static String render(StatsReport r, int width) {
        int w = Math.max(60, width);
        StringBuilder out = new StringBuilder();
        StatsReport.Totals t = r.totals();
        out.append("Progress of ").append(r.profile()).append(", ").append(r.today()).append("\n\n");
        if (r.empty()) {
            out.append("No answers yet. Take a quiz and your progress will show here.\n");
            return out.toString();
        }
        out.append(String.format(Locale.ROOT, "  Questions seen %6d    Answers   %6d  (%s right)%n", t.seen(), t.answers(),
                pct(t.accuracy())));
        out.append(String.format(Locale.ROOT, "  Mastered       %6d    Due today %6d    Learning %d%n", t.mastered(),
                t.dueToday(), t.learning()));
        if (t.edited() > 0) {
            out.append(String.format(Locale.ROOT, "  Edited since answered %d (their old history is kept apart)%n",
                    t.edited()));
        }

        List<StatsReport.TopicAccuracy> topics = r.topics();
        if (!topics.isEmpty()) {
            out.append("\nAccuracy by topic\n");
            int label = Math.min(24, topics.stream().mapToInt(x -> x.topic().length()).max().orElse(5));
            int bar = Math.max(10, w - label - 22);
            for (StatsReport.TopicAccuracy a : topics) {
                out.append("  ").append(pad(a.topic(), label)).append(' ')
                        .append(Bars.bar(a.accuracy(), 1, bar))
                        .append(String.format(Locale.ROOT, " %4s %5d/%d%n", pct(a.accuracy()), a.correct(), a.attempts()));
            }
        }

        List<StatsReport.SessionPoint> sessions = r.sessions();
        if (!sessions.isEmpty()) {
            int from = Math.max(0, sessions.size() - SESSIONS_SHOWN);
            out.append("\nScore history").append(from > 0 ? " (last " + SESSIONS_SHOWN + " of " + sessions.size()
                    + " sessions)" : "").append('\n');
            int label = 0;
            for (StatsReport.SessionPoint s : sessions.subList(from, sessions.size())) {
                label = Math.max(label, sessionLabel(s).length());
            }
            label = Math.min(label, 34);
            int bar = Math.max(10, w - label - 22);
            for (StatsReport.SessionPoint s : sessions.subList(from, sessions.size())) {
                out.append("  ").append(pad(sessionLabel(s), label)).append(' ')
                        .append(Bars.bar(s.fraction(), 1, bar))
                        .append(String.format(Locale.ROOT, " %s/%s %4s%n", num(s.score()), num(s.max()),
                                pct(s.fraction())));
            }
        }

        out.append("\nReviews due, next 14 days\n");
        int max = r.dueNext14Days().stream().mapToInt(StatsReport.DayCount::count).max().orElse(0);
        int bar = Math.max(10, w - 40);
        for (int i = 0; i < r.dueNext14Days().size(); i++) {
            StatsReport.DayCount d = r.dueNext14Days().get(i);
            out.append("  ").append(pad(DAY.format(d.date()), 10)).append(' ').append(Bars.bar(d.count(), max, bar))
                    .append(String.format(Locale.ROOT, " %5d", d.count()))
                    .append(i == 0 ? "  today, with overdue" : "").append('\n');
        }

        StatsReport.Retention ret = r.retention();
        out.append('\n');
        if (ret.reviews() == 0) {
            out.append("Retention: no reviews yet (target ").append(pct(ret.target())).append(")\n");
        } else {
            out.append("Retention: ").append(pct(ret.achieved())).append(" of ").append(ret.reviews())
                    .append(" reviews recalled (target ").append(pct(ret.target())).append(")\n");
        }
        StatsReport.Streak s = r.streak();
        out.append("Day streak: ").append(days(s.current()));
        if (s.current() > 0 && !s.activeToday()) {
            out.append(", answer something today to keep it");
        }
        out.append(" (longest ").append(days(s.longest())).append(")\n");
        return out.toString();
    }

    private static String sessionLabel(StatsReport.SessionPoint s) {
        return s.date() + " " + s.mode() + " " + s.bankId();
    }

    private static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }

    static String pct(double f) {
        return Math.round(f * 100) + "%";
    }

    static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String pad(String s, int width) {
        if (s.length() > width) {
            return s.substring(0, width - 1) + "\u2026";
        }
        return s + " ".repeat(width - s.length());
    }
}
