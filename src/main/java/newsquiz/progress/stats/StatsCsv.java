package newsquiz.progress.stats;

import java.util.Arrays;
import java.util.Locale;
import newsquiz.bank.formats.Csv;

/**
 * The report as one CSV table in long form, {@code section,key,value,correct,total}, so every part
 * fits one sheet: {@code totals} (key = figure), {@code topic} (key = topic, value = accuracy),
 * {@code session} (key = start time, value = score fraction, then score and max), {@code due}
 * (key = date, value = count), {@code retention} and {@code streak}.
 */
public final class StatsCsv {

    private StatsCsv() {
    }

    public static String render(StatsReport r) {
        StringBuilder out = new StringBuilder("section,key,value,correct,total\r\n");
        StatsReport.Totals t = r.totals();
        row(out, "totals", "seen", t.seen(), "", "");
        row(out, "totals", "mastered", t.mastered(), "", "");
        row(out, "totals", "learning", t.learning(), "", "");
        row(out, "totals", "dueToday", t.dueToday(), "", "");
        row(out, "totals", "accuracy", f(t.accuracy()), t.correct(), t.answers());
        row(out, "totals", "edited", t.edited(), "", "");
        for (StatsReport.TopicAccuracy a : r.topics()) {
            row(out, "topic", a.topic(), f(a.accuracy()), a.correct(), a.attempts());
        }
        for (StatsReport.SessionPoint s : r.sessions()) {
            row(out, "session", s.startedAt() + " " + s.mode() + " " + s.bankId(), f(s.fraction()),
                    StatsText.num(s.score()), StatsText.num(s.max()));
        }
        for (StatsReport.DayCount d : r.dueNext14Days()) {
            row(out, "due", d.date(), d.count(), "", "");
        }
        StatsReport.Retention ret = r.retention();
        row(out, "retention", "achieved", f(ret.achieved()), ret.recalled(), ret.reviews());
        row(out, "retention", "target", f(ret.target()), "", "");
        row(out, "streak", "current", r.streak().current(), "", "");
        row(out, "streak", "longest", r.streak().longest(), "", "");
        return out.toString();
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static void row(StringBuilder out, Object... cells) {
        out.append(Csv.record(Arrays.stream(cells).map(String::valueOf).toList()));
    }

    /** One cell as the table writes it. */
    static String escape(String s) {
        return Csv.quote(s);
    }
}
