package newsquiz.tui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsquiz.progress.stats.StatsReport;
import newsquiz.progress.stats.StatsText;

/**
 * The body of the statistics screen: the figures of {@code newsquiz stats} (from the same
 * {@link StatsReport}), laid out for the width, with bar charts whose figures are printed beside
 * them, so they read without colour and in ASCII.
 */
final class StatsLines {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);
    private static final DateTimeFormatter SESSION_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private StatsLines() {
    }

    /** One row of a chart: a label, a bar and the figures that say what the bar shows, in columns. */
    private record Row(String label, double value, double max, String... figures) {
    }

    static List<Line> of(StatsReport r, Display d, int width) {
        List<Line> lines = new ArrayList<>();
        if (r.empty()) {
            lines.addAll(TextWrap.hanging(Line.EMPTY, "No answers yet for " + d.oneLine(r.profile())
                    + ". Take a quiz and your progress will show here.", Style.NORMAL, width));
            return lines;
        }
        totals(r, d, width, lines);
        topics(r, d, width, lines);
        sessions(r, d, width, lines);
        due(r, d, width, lines);
        retention(r, d, width, lines);
        streak(r, width, lines);
        return lines;
    }

    private static void totals(StatsReport r, Display d, int width, List<Line> lines) {
        StatsReport.Totals t = r.totals();
        List<Line> pieces = new ArrayList<>();
        pieces.add(figure("Seen", t.seen()));
        pieces.add(figure("Mastered", t.mastered()));
        pieces.add(figure("Due today", t.dueToday()));
        pieces.add(figure("Learning", t.learning()));
        pieces.add(Line.of("Answers ").plus(Integer.toString(t.answers()), Style.TITLE)
                .plus(" (" + pct(t.accuracy()) + " right)"));
        lines.addAll(TextWrap.flow(pieces, "   ", width));
        if (t.edited() > 0) {
            lines.addAll(TextWrap.hanging(Line.EMPTY, "Edited since answered: " + t.edited()
                    + " (their old history is kept apart)", Style.DIM, width));
        }
    }

    private static Line figure(String label, int n) {
        return Line.of(label + " ").plus(Integer.toString(n), Style.TITLE);
    }

    private static void topics(StatsReport r, Display d, int width, List<Line> lines) {
        if (r.topics().isEmpty()) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (StatsReport.TopicAccuracy a : r.topics()) {
            rows.add(new Row(d.oneLine(a.topic()), a.accuracy(), 1, pct(a.accuracy()), a.correct() + "/" + a.attempts()));
        }
        section("Accuracy by topic", lines);
        chart(rows, 24, d, width, lines);
    }

    private static void sessions(StatsReport r, Display d, int width, List<Line> lines) {
        List<StatsReport.SessionPoint> all = r.sessions();
        if (all.isEmpty()) {
            return;
        }
        int from = Math.max(0, all.size() - StatsText.SESSIONS_SHOWN);
        section("Score history" + (from > 0 ? " (last " + StatsText.SESSIONS_SHOWN + " of " + all.size() + ")" : ""), lines);
        List<Row> rows = new ArrayList<>();
        for (StatsReport.SessionPoint s : all.subList(from, all.size())) {
            // the bank is left out when narrow: the date and mode say more than a cut-off bank id
            String label = SESSION_DAY.format(s.date()) + " " + s.mode() + (width >= 60 ? " " + d.oneLine(s.bankId()) : "");
            rows.add(new Row(label, s.fraction(), 1, num(s.score()) + "/" + num(s.max()), pct(s.fraction())));
        }
        chart(rows, 30, d, width, lines);
    }

    private static void due(StatsReport r, Display d, int width, List<Line> lines) {
        section("Reviews due, next 14 days", lines);
        int max = r.dueNext14Days().stream().mapToInt(StatsReport.DayCount::count).max().orElse(0);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < r.dueNext14Days().size(); i++) {
            StatsReport.DayCount day = r.dueNext14Days().get(i);
            rows.add(new Row(i == 0 ? "today" : DAY.format(day.date()), day.count(), max, Integer.toString(day.count())));
        }
        chart(rows, 6, d, width, lines);
        lines.add(Line.of("  today includes overdue reviews", Style.DIM));
    }

    private static void retention(StatsReport r, Display d, int width, List<Line> lines) {
        StatsReport.Retention ret = r.retention();
        section("Retention", lines);
        if (ret.reviews() == 0) {
            lines.addAll(TextWrap.hanging(Line.of("  "), "no reviews yet (target " + pct(ret.target()) + ")",
                    Style.NORMAL, width));
            return;
        }
        chart(List.of(new Row("achieved", ret.achieved(), 1, pct(ret.achieved())),
                new Row("target", ret.target(), 1, pct(ret.target()))), 8, d, width, lines);
        lines.addAll(TextWrap.hanging(Line.of("  "), ret.recalled() + " of " + ret.reviews() + " reviews recalled",
                Style.DIM, width));
    }

    private static void streak(StatsReport r, int width, List<Line> lines) {
        StatsReport.Streak s = r.streak();
        lines.add(Line.EMPTY);
        String text = "Day streak: " + days(s.current())
                + (s.current() > 0 && !s.activeToday() ? ", answer something today to keep it" : "")
                + " (longest " + days(s.longest()) + ")";
        lines.addAll(TextWrap.hanging(Line.EMPTY, text, Style.TITLE, width));
    }

    private static void section(String title, List<Line> lines) {
        lines.add(Line.EMPTY);
        lines.add(Line.of(title, Style.TITLE));
    }

    /**
     * Rows as "  label  bar  figures": labels up to {@code maxLabel} columns (two fifths of the width
     * at most), each column of figures right-aligned, the bar taking what is left.
     */
    private static void chart(List<Row> rows, int maxLabel, Display d, int width, List<Line> lines) {
        int label = 0;
        int[] columns = new int[rows.get(0).figures().length];
        for (Row row : rows) {
            label = Math.max(label, Line.of(row.label()).columns());
            for (int i = 0; i < columns.length; i++) {
                columns[i] = Math.max(columns[i], row.figures()[i].length());
            }
        }
        int figures = 0;
        for (int c : columns) {
            figures += c + 1;
        }
        label = Math.min(label, Math.min(maxLabel, Math.max(5, width * 2 / 5)));
        int bar = Math.max(3, Math.min(40, width - 2 - label - 1 - figures));
        for (Row row : rows) {
            String name = TextWrap.pad(TextWrap.fit(row.label(), label, d.glyphs().ellipsis()), label);
            Line line = Line.of("  " + name + " ");
            for (Line.Span span : ChartBar.of(row.value(), row.max(), bar, d).spans()) {
                line = line.plus(span.text(), span.style());
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < columns.length; i++) {
                String f = row.figures()[i];
                text.append(' ').append(" ".repeat(columns[i] - f.length())).append(f);
            }
            lines.add(line.plus(text.toString()));
        }
    }

    private static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }

    private static String pct(double f) {
        return Math.round(f * 100) + "%";
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
