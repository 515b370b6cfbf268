package newsquiz.classroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The class report as JSON, for other tools: the same numbers as the text and CSV forms, unrounded where it matters. */
public final class JsonReport {

    /** Version of this output's shape. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {
    }

    public static String render(ClassReports.ReportSet set, ReportTable table) {
        return render(set, table, false);
    }

    /** With {@code asciiOnly}, non-ASCII text is written as {@code \\u} escapes (for a terminal that is not UTF-8). */
    public static String render(ClassReports.ReportSet set, ReportTable table, boolean asciiOnly) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("facility", "mean share of the question got right (0..1), partial credit counted");
        root.put("discrimination", "Pearson (point-biserial) correlation of the question's points with the rest of the score (-1..1)");
        ArrayNode notes = root.putArray("notes");
        set.notes().forEach(notes::add);
        ArrayNode groups = root.putArray("groups");
        for (ClassReport r : set.groups()) {
            ObjectNode g = groups.addObject();
            ObjectNode bank = g.putObject("bank");
            bank.put("id", r.bank().id());
            bank.put("title", r.bank().title());
            bank.put("contentHash", r.bank().contentHash());
            ArrayNode seeds = g.putArray("seeds");
            r.seeds().forEach(seeds::add);
            g.put("students", r.students().size());
            g.put("finishedAttempts", r.finishedAttempts());
            ClassReport.Summary sum = r.summary();
            if (sum != null) {
                ObjectNode so = g.putObject("percent");
                so.put("mean", ReportNumbers.round(sum.mean(), 2));
                so.put("median", ReportNumbers.round(sum.median(), 2));
                so.put("standardDeviation", ReportNumbers.round(sum.standardDeviation(), 2));
            }
            ArrayNode gn = g.putArray("notes");
            r.notes().forEach(gn::add);
            if (table.shows(ReportTable.STUDENTS)) {
                ArrayNode rows = g.putArray("ranking");
                for (ClassReport.StudentRow s : r.students()) {
                    ObjectNode o = rows.addObject();
                    o.put("rank", s.rank());
                    o.put("student", s.student());
                    o.put("score", s.score());
                    o.put("maximum", s.maximum());
                    o.put("percent", ReportNumbers.round(s.percent(), 2));
                    o.put("seconds", s.time().toMillis() / 1000.0);
                    o.put("finished", s.finished());
                    o.put("answered", s.answered());
                    o.put("questions", s.questions());
                    o.put("file", s.file());
                }
            }
            if (table.shows(ReportTable.QUESTIONS) || table.shows(ReportTable.OPTIONS)) {
                ArrayNode qs = g.putArray("questions");
                for (ClassReport.QuestionStats q : r.questions()) {
                    qs.add(question(q, table));
                }
            }
        }
        try {
            var writer = MAPPER.writerWithDefaultPrettyPrinter();
            if (asciiOnly) {
                writer = writer.with(JsonWriteFeature.ESCAPE_NON_ASCII);
            }
            return writer.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode question(ClassReport.QuestionStats q, ReportTable table) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("number", q.number());
        o.put("question", q.question());
        o.put("type", q.type().jsonName());
        o.put("prompt", q.prompt());
        o.put("rightAnswer", q.rightAnswer());
        if (table.shows(ReportTable.QUESTIONS)) {
            o.put("attempts", q.attempts());
            o.put("correct", q.correct());
            o.put("facility", ReportNumbers.round(q.facility(), 4));
            if (q.discrimination() == null) {
                o.putNull("discrimination");
            } else {
                o.put("discrimination", ReportNumbers.round(q.discrimination(), 4));
            }
            if (q.averageSeconds() == null) {
                o.putNull("averageSeconds");
            } else {
                o.put("averageSeconds", ReportNumbers.round(q.averageSeconds(), 2));
            }
            ArrayNode flags = o.putArray("flags");
            q.flags().forEach(f -> flags.add(f.name().toLowerCase(java.util.Locale.ROOT)));
        }
        if (table.shows(ReportTable.OPTIONS)) {
            ArrayNode sets = o.putArray("options");
            for (ClassReport.OptionSetStats s : q.options()) {
                ObjectNode so = sets.addObject();
                if (s.blank() >= 0) {
                    so.put("blank", s.blank() + 1);
                }
                ArrayNode opts = so.putArray("choices");
                for (ClassReport.OptionStats op : s.options()) {
                    ObjectNode oo = opts.addObject();
                    oo.put("option", ReportNumbers.letter(op.index()));
                    oo.put("text", op.text());
                    oo.put("right", op.right());
                    oo.put("count", op.count());
                }
                so.put("noAnswer", s.noAnswer());
            }
            ArrayNode typed = o.putArray("commonWrongAnswers");
            for (ClassReport.TypedAnswer t : q.commonWrong()) {
                typed.addObject().put("answer", t.answer()).put("count", t.count());
            }
        }
        return o;
    }
}
