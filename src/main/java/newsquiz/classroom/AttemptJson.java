package newsquiz.classroom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsquiz.bank.QuestionType;
import newsquiz.engine.Response;
import newsquiz.engine.Verdict;

/**
 * Reads and writes result files. The format is documented in docs/classroom.md; {@code score},
 * {@code maximum}, {@code percent} and {@code seconds} are written for people and other tools
 * and recomputed from the answers when read, so a hand-edited total cannot disagree with them.
 */
public final class AttemptJson {

    /** Identifies a result file, so a bank or progress file given by mistake gets a clear message. */
    public static final String KIND = "newsquiz-result";
    /** A result file of a 1,000-question exam is about 1 MB. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private AttemptJson() {
    }

    public static String write(Attempt a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schemaVersion", Attempt.SCHEMA_VERSION);
        o.put("kind", KIND);
        o.put("attemptId", a.attemptId());
        o.put("student", a.student());
        ObjectNode b = o.putObject("bank");
        b.put("id", a.bank().id());
        b.put("title", a.bank().title());
        b.put("file", a.bank().file());
        b.put("contentHash", a.bank().contentHash());
        o.put("seed", a.seed());
        o.put("mode", a.mode());
        if (a.timeLimit() == null) {
            o.putNull("timeLimitSeconds");
        } else {
            o.put("timeLimitSeconds", a.timeLimit().toSeconds());
        }
        number(o, "negativeMarking", a.negativeMarking());
        o.put("startedAt", a.startedAt().toString());
        if (a.finishedAt() == null) {
            o.putNull("finishedAt");
        } else {
            o.put("finishedAt", a.finishedAt().toString());
        }
        number(o, "score", a.score());
        number(o, "maximum", a.maximum());
        number(o, "percent", Math.round(a.percent() * 10) / 10.0);
        number(o, "seconds", a.duration().toMillis() / 1000.0);
        o.put("app", a.app());
        ArrayNode items = o.putArray("items");
        for (ItemSnapshot i : a.items()) {
            items.add(item(i));
        }
        ArrayNode answers = o.putArray("answers");
        for (AttemptAnswer x : a.answers()) {
            answers.add(answer(x));
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
        try {
            return MAPPER.writer(printer).writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode item(ItemSnapshot i) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("question", i.question());
        o.put("type", i.type().jsonName());
        o.put("prompt", i.prompt());
        number(o, "points", i.points());
        o.put("rightAnswer", i.rightAnswer());
        ints(o.putArray("shownOrder"), i.shownOrder());
        if (!i.blankOrders().isEmpty()) {
            ArrayNode blanks = o.putArray("blankOrders");
            i.blankOrders().forEach(order -> ints(blanks.addArray(), order));
        }
        if (!i.optionSets().isEmpty()) {
            ArrayNode sets = o.putArray("options");
            for (ItemSnapshot.OptionSet s : i.optionSets()) {
                ObjectNode so = sets.addObject();
                if (s.blank() >= 0) {
                    so.put("blank", s.blank());
                }
                ArrayNode texts = so.putArray("texts");
                s.options().forEach(texts::add);
                ints(so.putArray("right"), new java.util.TreeSet<>(s.right()));
            }
        }
        return o;
    }

    private static ObjectNode answer(AttemptAnswer x) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("question", x.question());
        o.put("verdict", x.verdict().name().toLowerCase(Locale.ROOT));
        number(o, "fraction", x.fraction());
        if (x.typo()) {
            o.put("typo", true);
        }
        if (x.response() == null) {
            o.putNull("response");
        } else {
            o.set("response", ResponseJson.write(x.response()));
        }
        number(o, "points", x.points());
        number(o, "maximum", x.maximum());
        if (x.hintUsed()) {
            o.put("hintUsed", true);
        }
        o.put("shownAt", x.shownAt().toString());
        o.put("answeredAt", x.answeredAt().toString());
        number(o, "seconds", x.taken().toMillis() / 1000.0);
        return o;
    }

    private static void number(ObjectNode o, String field, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            o.put(field, (long) v);
        } else {
            o.put(field, v);
        }
    }

    private static void ints(ArrayNode a, Iterable<Integer> values) {
        values.forEach(a::add);
    }

    public static Attempt read(Path file) throws ResultFileException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ResultFileException(name + ": is a folder, not a result file");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ResultFileException(String.format("%s: file is %.1f MB; result files over %d MB are refused",
                        name, size / 1048576.0, MAX_FILE_BYTES / 1048576));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ResultFileException(name + ": no such file");
        } catch (IOException e) {
            throw new ResultFileException(name + ": cannot read: " + e.getMessage());
        }
        return parse(bytes, name);
    }

    /** Parses a result file's content; {@code name} starts every problem message. */
    public static Attempt parse(byte[] bytes, String name) throws ResultFileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new ResultFileException(name + where + ": not a newsquiz result file: malformed JSON ("
                    + firstLine(e.getOriginalMessage()) + ")");
        } catch (IOException e) {
            throw new ResultFileException(name + ": cannot read: " + e.getMessage());
        }
        return new Reader(name).attempt(root);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** One read; the first problem ends it with a message naming the file and the field. */
    private static final class Reader {
        private final String name;

        Reader(String name) {
            this.name = name;
        }

        Attempt attempt(JsonNode root) throws ResultFileException {
            if (root == null || !root.isObject()) {
                throw fail("", "not a newsquiz result file (expected a JSON object)");
            }
            JsonNode kind = root.get("kind");
            if (kind == null || !KIND.equals(kind.asText())) {
                String looksLike = root.has("questions") ? " (it looks like a question bank)"
                        : root.has("groups") && root.has("discrimination") ? " (it looks like a class report)" : "";
                throw fail("", "not a newsquiz result file" + looksLike);
            }
            int version = integer(root, "schemaVersion", "");
            if (version != Attempt.SCHEMA_VERSION) {
                throw fail("", "result file version " + version + " is not supported (this newsquiz reads version "
                        + Attempt.SCHEMA_VERSION + "); update newsquiz");
            }
            JsonNode b = object(root, "bank", "");
            Attempt.BankRef bank = new Attempt.BankRef(text(b, "id", "bank."), optionalText(b, "title"),
                    optionalText(b, "file"), text(b, "contentHash", "bank."));
            String student = text(root, "student", "");
            if (student.isBlank()) {
                throw fail("student", "is empty");
            }
            JsonNode seed = root.get("seed");
            if (seed == null || !seed.isIntegralNumber() || !seed.canConvertToLong()) {
                throw fail("seed", "must be a whole number");
            }
            JsonNode limit = root.get("timeLimitSeconds");
            Duration timeLimit = null;
            if (limit != null && !limit.isNull()) {
                if (!limit.isIntegralNumber() || limit.longValue() <= 0) {
                    throw fail("timeLimitSeconds", "must be a positive whole number or null");
                }
                timeLimit = Duration.ofSeconds(limit.longValue());
            }
            double negative = root.has("negativeMarking") ? number(root, "negativeMarking", "") : 0;
            Instant started = instant(root, "startedAt", "");
            JsonNode fin = root.get("finishedAt");
            Instant finished = fin == null || fin.isNull() ? null : instant(root, "finishedAt", "");

            List<ItemSnapshot> items = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            JsonNode itemNodes = array(root, "items", "");
            for (int i = 0; i < itemNodes.size(); i++) {
                ItemSnapshot item = item(itemNodes.get(i), "items[" + i + "].");
                if (!ids.add(item.question())) {
                    throw fail("items[" + i + "].question", "\"" + item.question() + "\" appears twice");
                }
                items.add(item);
            }
            if (items.isEmpty()) {
                throw fail("items", "is empty");
            }
            List<AttemptAnswer> answers = new ArrayList<>();
            Set<String> answered = new HashSet<>();
            JsonNode answerNodes = array(root, "answers", "");
            for (int i = 0; i < answerNodes.size(); i++) {
                String at = "answers[" + i + "].";
                AttemptAnswer a = answer(answerNodes.get(i), at);
                if (!ids.contains(a.question())) {
                    throw fail(at + "question", "\"" + a.question() + "\" is not one of the attempt's items");
                }
                if (!answered.add(a.question())) {
                    throw fail(at + "question", "\"" + a.question() + "\" is answered twice");
                }
                answers.add(a);
            }
            return new Attempt(text(root, "attemptId", ""), student, bank, seed.longValue(),
                    optionalText(root, "mode") == null ? "exam" : root.get("mode").asText(), timeLimit, negative, started,
                    finished, items, answers, optionalText(root, "app"));
        }

        private ItemSnapshot item(JsonNode n, String at) throws ResultFileException {
            if (n == null || !n.isObject()) {
                throw fail(at.substring(0, at.length() - 1), "must be an object");
            }
            String typeName = text(n, "type", at);
            QuestionType type = QuestionType.fromJsonName(typeName)
                    .orElseThrow(() -> fail(at + "type", "unknown question type \"" + typeName + "\""));
            List<List<Integer>> blankOrders = new ArrayList<>();
            if (n.has("blankOrders")) {
                JsonNode bo = array(n, "blankOrders", at);
                for (int i = 0; i < bo.size(); i++) {
                    blankOrders.add(permutation(bo.get(i), at + "blankOrders[" + i + "]"));
                }
            }
            List<ItemSnapshot.OptionSet> sets = new ArrayList<>();
            if (n.has("options")) {
                JsonNode os = array(n, "options", at);
                for (int i = 0; i < os.size(); i++) {
                    String sat = at + "options[" + i + "].";
                    JsonNode s = os.get(i);
                    if (!s.isObject()) {
                        throw fail(sat.substring(0, sat.length() - 1), "must be an object");
                    }
                    int blank = s.has("blank") ? integer(s, "blank", sat) : -1;
                    List<String> texts = new ArrayList<>();
                    for (JsonNode t : array(s, "texts", sat)) {
                        if (!t.isTextual()) {
                            throw fail(sat + "texts", "must be a list of strings");
                        }
                        texts.add(t.textValue());
                    }
                    Set<Integer> right = new HashSet<>();
                    for (JsonNode r : array(s, "right", sat)) {
                        if (!r.isIntegralNumber() || r.intValue() < 0 || r.intValue() >= texts.size()) {
                            throw fail(sat + "right", "must list indexes of texts");
                        }
                        right.add(r.intValue());
                    }
                    sets.add(new ItemSnapshot.OptionSet(blank, texts, right));
                }
            }
            return new ItemSnapshot(text(n, "question", at), type, text(n, "prompt", at), number(n, "points", at),
                    optionalText(n, "rightAnswer") == null ? "" : n.get("rightAnswer").asText(),
                    permutation(n.get("shownOrder"), at + "shownOrder"), blankOrders, sets);
        }

        private AttemptAnswer answer(JsonNode n, String at) throws ResultFileException {
            if (n == null || !n.isObject()) {
                throw fail(at.substring(0, at.length() - 1), "must be an object");
            }
            String v = text(n, "verdict", at);
            Verdict verdict;
            try {
                verdict = Verdict.valueOf(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw fail(at + "verdict", "unknown verdict \"" + v + "\"");
            }
            JsonNode r = n.get("response");
            Response response = null;
            if (r != null && !r.isNull()) {
                List<String> problems = new ArrayList<>();
                response = ResponseJson.read(r, problems::add);
                if (response == null) {
                    throw fail(at + "response", problems.get(0));
                }
            }
            double fraction = number(n, "fraction", at);
            if (fraction < 0 || fraction > 1) {
                throw fail(at + "fraction", "must be between 0 and 1");
            }
            Instant shown = instant(n, "shownAt", at);
            Instant answered = instant(n, "answeredAt", at);
            if (answered.isBefore(shown)) {
                throw fail(at + "answeredAt", "is before shownAt");
            }
            return new AttemptAnswer(text(n, "question", at), verdict, fraction, n.path("typo").asBoolean(false), response,
                    number(n, "points", at), number(n, "maximum", at), n.path("hintUsed").asBoolean(false), shown, answered);
        }

        private List<Integer> permutation(JsonNode n, String field) throws ResultFileException {
            if (n == null || !n.isArray()) {
                throw fail(field, "must be a list of positions");
            }
            List<Integer> out = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            for (JsonNode e : n) {
                if (!e.isIntegralNumber() || e.intValue() < 0 || e.intValue() >= n.size() || !seen.add(e.intValue())) {
                    throw fail(field, "must hold each position 0.." + (n.size() - 1) + " once");
                }
                out.add(e.intValue());
            }
            return out;
        }

        private String text(JsonNode n, String field, String at) throws ResultFileException {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                throw fail(at + field, "is missing");
            }
            if (!v.isTextual()) {
                throw fail(at + field, "must be a string");
            }
            return v.textValue();
        }

        private static String optionalText(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }

        private double number(JsonNode n, String field, String at) throws ResultFileException {
            JsonNode v = n.get(field);
            if (v == null || !v.isNumber() || !Double.isFinite(v.doubleValue())) {
                throw fail(at + field, v == null ? "is missing" : "must be a number");
            }
            return v.doubleValue();
        }

        private int integer(JsonNode n, String field, String at) throws ResultFileException {
            JsonNode v = n.get(field);
            if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
                throw fail(at + field, v == null ? "is missing" : "must be a whole number");
            }
            return v.intValue();
        }

        private Instant instant(JsonNode n, String field, String at) throws ResultFileException {
            String s = text(n, field, at);
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                throw fail(at + field, "\"" + s + "\" is not a time like 2026-03-01T09:30:00Z");
            }
        }

        private JsonNode object(JsonNode n, String field, String at) throws ResultFileException {
            JsonNode v = n.get(field);
            if (v == null || !v.isObject()) {
                throw fail(at + field, v == null ? "is missing" : "must be an object");
            }
            return v;
        }

        private JsonNode array(JsonNode n, String field, String at) throws ResultFileException {
            JsonNode v = n.get(field);
            if (v == null || !v.isArray()) {
                throw fail(at + field, v == null ? "is missing" : "must be a list");
            }
            return v;
        }

        private ResultFileException fail(String field, String problem) {
            return new ResultFileException(name + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
        }
    }
}
