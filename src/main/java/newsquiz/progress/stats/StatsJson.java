package newsquiz.progress.stats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The report as JSON (documented in docs/progress.md), for scripts and spreadsheets. */
public final class StatsJson {

    private static final JsonFactory JSON = new JsonFactory();

    private StatsJson() {
    }

    public static String render(StatsReport r) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("profile", r.profile());
            g.writeStringField("today", r.today().toString());
            StatsReport.Totals t = r.totals();
            g.writeObjectFieldStart("totals");
            g.writeNumberField("seen", t.seen());
            g.writeNumberField("mastered", t.mastered());
            g.writeNumberField("learning", t.learning());
            g.writeNumberField("dueToday", t.dueToday());
            g.writeNumberField("answers", t.answers());
            g.writeNumberField("correct", t.correct());
            g.writeNumberField("accuracy", round(t.accuracy()));
            g.writeNumberField("edited", t.edited());
            g.writeEndObject();
            g.writeArrayFieldStart("topics");
            for (StatsReport.TopicAccuracy a : r.topics()) {
                g.writeStartObject();
                g.writeStringField("topic", a.topic());
                g.writeNumberField("questions", a.questions());
                g.writeNumberField("attempts", a.attempts());
                g.writeNumberField("correct", a.correct());
                g.writeNumberField("accuracy", round(a.accuracy()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sessions");
            for (StatsReport.SessionPoint s : r.sessions()) {
                g.writeStartObject();
                g.writeStringField("startedAt", s.startedAt().toString());
                g.writeStringField("bank", s.bankId());
                g.writeStringField("mode", s.mode());
                g.writeNumberField("score", s.score());
                g.writeNumberField("max", s.max());
                g.writeNumberField("fraction", round(s.fraction()));
                g.writeNumberField("durationMillis", s.durationMillis());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("dueNext14Days");
            for (StatsReport.DayCount d : r.dueNext14Days()) {
                g.writeStartObject();
                g.writeStringField("date", d.date().toString());
                g.writeNumberField("count", d.count());
                g.writeEndObject();
            }
            g.writeEndArray();
            StatsReport.Retention ret = r.retention();
            g.writeObjectFieldStart("retention");
            g.writeNumberField("reviews", ret.reviews());
            g.writeNumberField("recalled", ret.recalled());
            g.writeNumberField("achieved", round(ret.achieved()));
            g.writeNumberField("target", ret.target());
            g.writeEndObject();
            StatsReport.Streak s = r.streak();
            g.writeObjectFieldStart("streak");
            g.writeNumberField("current", s.current());
            g.writeNumberField("longest", s.longest());
            g.writeBooleanField("activeToday", s.activeToday());
            if (s.lastActive() == null) {
                g.writeNullField("lastActive");
            } else {
                g.writeStringField("lastActive", s.lastActive().toString());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
