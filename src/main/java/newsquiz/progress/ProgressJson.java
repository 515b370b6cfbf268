package newsquiz.progress;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import newsquiz.progress.fsrs.Card;
import newsquiz.progress.fsrs.CardState;
import newsquiz.progress.fsrs.Rating;

/**
 * Reads and writes {@code progress.json} and journal lines with Jackson's streaming API. Written by
 * hand rather than with data binding so the file format is spelled out in one place (and documented
 * in {@code docs/progress.md}), independent of the Java records, and fast to load.
 */
final class ProgressJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    /** Data binding is only needed to migrate old files; loading it costs ~500 classes at start-up. */
    private static final class Tree {
        static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
    }

    private ProgressJson() {
    }

    /** What {@link #read} found: the data, and the schema version the file had before migration. */
    record Loaded(ProgressData data, int fileVersion) {
    }

    // ---------------------------------------------------------------- progress.json, writing

    /**
     * Writes the whole file. The last field, {@code checksum}, is the CRC-32C of every byte before the
     * comma that precedes it; a file whose checksum matches can be loaded lazily (see {@link #read}).
     */
    static void write(ProgressData data, Instant savedAt, OutputStream out) throws IOException {
        LinePrettyPrinter pp = new LinePrettyPrinter(5);
        CheckedOutputStream checked = new CheckedOutputStream(out, new CRC32C());
        try (JsonGenerator g = FACTORY.createGenerator(checked, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            g.writeNumberField("schemaVersion", ProgressData.SCHEMA_VERSION);
            g.writeNumberField("lastSeq", data.lastSeq);
            g.writeStringField("savedAt", Instants.format(savedAt));
            g.writeObjectFieldStart("profiles");
            for (ProfileData p : data.profiles.values()) {
                g.writeObjectFieldStart(p.name);
                if (p.createdAt != null) {
                    g.writeStringField("createdAt", Instants.format(p.createdAt));
                }
                g.writeObjectFieldStart("banks");
                for (Map.Entry<String, BankRecords> bank : p.banks.entrySet()) {
                    BankRecords records = bank.getValue();
                    if (!records.isDecoded()) {
                        g.writeFieldName(bank.getKey());
                        g.writeRawValue(records.rawText()); // same depth, so the same layout
                        continue;
                    }
                    if (records.isEmpty()) {
                        continue; // never written: the lazy reader relies on every bank having a line
                    }
                    g.writeObjectFieldStart(bank.getKey());
                    for (Map.Entry<String, QuestionRecord> q : records.map().entrySet()) {
                        g.writeFieldName(q.getKey());
                        writeRecord(g, q.getValue());
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
                pp.setMaxIndentedDepth(4); // one line per session
                g.writeArrayFieldStart("sessions");
                for (SessionRecord s : p.sessions) {
                    writeSession(g, s);
                }
                g.writeEndArray();
                pp.setMaxIndentedDepth(5);
                g.writeEndObject();
            }
            g.writeEndObject();
            g.flush();
            g.writeStringField("checksum", CHECKSUM_PREFIX + hex8(checked.getChecksum().getValue()));
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static final String CHECKSUM_PREFIX = "crc32c:";
    private static final byte[] CHECKSUM_MARK = (",\n  \"checksum\": \"" + CHECKSUM_PREFIX)
            .getBytes(StandardCharsets.US_ASCII);

    private static String hex8(long v) {
        String h = Long.toHexString(v);
        return "00000000".substring(h.length()) + h;
    }

    static byte[] toBytes(ProgressData data, Instant savedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(data, savedAt, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeRecord(JsonGenerator g, QuestionRecord r) throws IOException {
        g.writeStartObject();
        g.writeStringField("hash", r.hash());
        if (!r.topics().isEmpty()) {
            writeStrings(g, "topics", r.topics());
        }
        g.writeNumberField("attempts", r.attempts());
        g.writeNumberField("correct", r.correct());
        if (r.lastAnswer() != null) {
            g.writeStringField("lastAnswer", r.lastAnswer());
        }
        if (r.lastMark() != null) {
            g.writeNumberField("lastMark", r.lastMark());
        }
        g.writeNumberField("lastMillis", r.lastMillis());
        g.writeFieldName("card");
        writeCard(g, r.card());
        g.writeArrayFieldStart("log");
        for (ReviewEntry e : r.log()) {
            g.writeString(logLine(e));
        }
        g.writeEndArray();
        if (!r.previous().isEmpty()) {
            g.writeArrayFieldStart("previous");
            for (QuestionRecord older : r.previous()) {
                writeRecord(g, older);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeCard(JsonGenerator g, Card c) throws IOException {
        g.writeStartObject();
        g.writeStringField("state", c.state().jsonName());
        if (!c.isNew()) {
            if (c.step() != 0) {
                g.writeNumberField("step", c.step());
            }
            g.writeNumberField("stability", c.stability());
            g.writeNumberField("difficulty", c.difficulty());
            if (c.due() != null) {
                g.writeStringField("due", Instants.format(c.due()));
            }
            if (c.lastReview() != null) {
                g.writeStringField("lastReview", Instants.format(c.lastReview()));
            }
            g.writeNumberField("reps", c.reps());
            if (c.lapses() != 0) {
                g.writeNumberField("lapses", c.lapses());
            }
        }
        g.writeEndObject();
    }

    private static final String[] RATING_NAMES = {"again", "hard", "good", "easy"};

    /** A review log entry as one readable string: {@code 2025-01-12T19:59:00Z good review 4210}. */
    static String logLine(ReviewEntry e) {
        return Instants.format(e.at()) + ' ' + RATING_NAMES[e.rating().value() - 1] + ' '
                + e.stateBefore().jsonName() + ' ' + e.millis();
    }

    /** The inverse of {@link #logLine}, or null when {@code s} is not such a line. */
    static ReviewEntry parseLogLine(String s) {
        int a = s.indexOf(' ');
        int b = a < 0 ? -1 : s.indexOf(' ', a + 1);
        int c = b < 0 ? -1 : s.indexOf(' ', b + 1);
        if (c < 0 || s.indexOf(' ', c + 1) >= 0) {
            return null;
        }
        try {
            Instant at = Instants.parse(s.substring(0, a));
            Rating rating = ratingNamed(s, a + 1, b);
            CardState state = CardState.fromJsonName(s.substring(b + 1, c));
            long ms = Long.parseLong(s, c + 1, s.length(), 10);
            return rating == null || ms < 0 ? null : new ReviewEntry(at, rating, state, ms);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Rating ratingNamed(String s, int from, int to) {
        for (int i = 0; i < RATING_NAMES.length; i++) {
            String name = RATING_NAMES[i];
            if (to - from == name.length() && s.startsWith(name, from)) {
                return Rating.of(i + 1);
            }
        }
        return null;
    }

    private static void writeSession(JsonGenerator g, SessionRecord s) throws IOException {
        g.writeStartObject();
        g.writeStringField("startedAt", Instants.format(s.startedAt()));
        g.writeStringField("bank", s.bankId());
        g.writeStringField("mode", s.mode());
        g.writeNumberField("score", s.score());
        g.writeNumberField("max", s.max());
        g.writeNumberField("durationMillis", s.durationMillis());
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    // ---------------------------------------------------------------- journal lines

    /** One journal entry as a single line of JSON, newline included. */
    static byte[] entryLine(JournalEntry entry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberField("seq", entry.seq());
            if (entry instanceof JournalEntry.Answer) {
                JournalEntry.Answer a = (JournalEntry.Answer) entry;
                g.writeStringField("op", "answer");
                g.writeStringField("profile", a.profile());
                g.writeStringField("at", Instants.format(a.at()));
                g.writeStringField("bank", a.bank());
                g.writeStringField("question", a.question());
                g.writeStringField("hash", a.hash());
                writeStrings(g, "topics", a.topics());
                if (a.response() != null) {
                    g.writeStringField("response", a.response());
                }
                if (a.mark() != null) {
                    g.writeNumberField("mark", a.mark());
                }
                g.writeBooleanField("correct", a.correct());
                g.writeBooleanField("hint", a.hint());
                g.writeNumberField("ms", a.millis());
                g.writeNumberField("rating", a.rating().value());
                g.writeFieldName("card");
                writeCard(g, a.card());
            } else if (entry instanceof JournalEntry.Restore) {
                JournalEntry.Restore r = (JournalEntry.Restore) entry;
                g.writeStringField("op", "restore");
                g.writeStringField("profile", r.profile());
                g.writeStringField("bank", r.bank());
                g.writeStringField("question", r.question());
                g.writeFieldName("record");
                if (r.record() == null) {
                    g.writeNull();
                } else {
                    writeRecord(g, r.record());
                }
            } else {
                JournalEntry.Session s = (JournalEntry.Session) entry;
                g.writeStringField("op", "session");
                g.writeStringField("profile", s.profile());
                g.writeFieldName("session");
                writeSession(g, s.session());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    static JournalEntry readEntry(String line) throws ProgressFormatException {
        try (JsonParser p = FACTORY.createParser(line)) {
            In in = new In(p);
            in.expect(p.nextToken(), JsonToken.START_OBJECT, "a journal entry");
            long seq = -1;
            String op = null;
            String profile = null;
            Instant at = null;
            String bank = null;
            String question = null;
            String hash = "";
            List<String> topics = List.of();
            String response = null;
            Double mark = null;
            boolean correct = false;
            boolean hint = false;
            long ms = 0;
            Rating rating = null;
            Card card = null;
            QuestionRecord record = null;
            SessionRecord session = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                    case "seq": seq = in.longValue(f); break;
                    case "op": op = in.string(f); break;
                    case "profile": profile = in.string(f); break;
                    case "at": at = in.instant(f); break;
                    case "bank": bank = in.string(f); break;
                    case "question": question = in.string(f); break;
                    case "hash": hash = in.string(f); break;
                    case "topics": topics = in.strings(f); break;
                    case "response": response = in.string(f); break;
                    case "mark": mark = in.nullableDouble(f); break;
                    case "correct": correct = in.bool(f); break;
                    case "hint": hint = in.bool(f); break;
                    case "ms": ms = in.longValue(f); break;
                    case "rating": rating = in.rating(f); break;
                    case "card": card = in.card(); break;
                    case "record": record = p.currentToken() == JsonToken.VALUE_NULL ? null : in.record(); break;
                    case "session": session = in.session(); break;
                    default: p.skipChildren(); break;
                }
            }
            if (p.nextToken() != null) {
                throw in.error("text after the end of the entry");
            }
            if (seq < 1 || op == null || profile == null) {
                throw new ProgressFormatException("journal entry without seq, op or profile");
            }
            try {
                switch (op) {
                    case "answer":
                        return new JournalEntry.Answer(seq, profile, at, bank, question, hash == null ? "" : hash,
                                topics, response, mark, correct, hint, ms, rating, card);
                    case "restore":
                        return new JournalEntry.Restore(seq, profile, bank, question, record);
                    case "session":
                        return new JournalEntry.Session(seq, profile, session);
                    default:
                        throw new ProgressFormatException("unknown journal operation '" + op + "'");
                }
            } catch (NullPointerException e) {
                throw new ProgressFormatException("journal entry " + seq + " lacks " + e.getMessage());
            }
        } catch (JsonProcessingException e) {
            throw new ProgressFormatException("bad JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ProgressFormatException("cannot parse: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- progress.json, reading

    /**
     * Parses a progress file, migrating older schema versions.
     *
     * @throws ProgressFormatException {@code CORRUPT} for bad JSON, truncation or a wrong structure;
     *                                 {@code NEWER_VERSION} for a schema this version does not know
     */
    static Loaded read(byte[] bytes) throws ProgressFormatException {
        return read(bytes, true);
    }

    /** {@code allowLazy} false forces the full parse (tests compare the two). */
    static Loaded read(byte[] bytes, boolean allowLazy) throws ProgressFormatException {
        try {
            int version = peekVersion(bytes);
            if (version == ProgressData.SCHEMA_VERSION) {
                ProgressData lazy = allowLazy ? readLazily(bytes) : null;
                if (lazy != null) {
                    return new Loaded(lazy, version);
                }
                try (JsonParser p = FACTORY.createParser(bytes)) {
                    return new Loaded(new In(p).root(), version);
                }
            }
            JsonNode tree = Tree.MAPPER.readTree(bytes);
            if (tree == null || !tree.isObject()) {
                throw new ProgressFormatException("not a JSON object");
            }
            JsonNode v = tree.get("schemaVersion");
            if (v == null || !v.canConvertToExactIntegral() || !v.isIntegralNumber()) {
                throw new ProgressFormatException("no schemaVersion number");
            }
            int fileVersion = v.intValue();
            if (fileVersion > ProgressData.SCHEMA_VERSION) {
                throw new ProgressFormatException(ProgressFormatException.Kind.NEWER_VERSION,
                        "schemaVersion " + fileVersion + " is newer than this newsquiz reads ("
                                + ProgressData.SCHEMA_VERSION + ")", null);
            }
            ObjectNode migrated = Migrations.migrate((ObjectNode) tree, fileVersion);
            try (JsonParser p = Tree.MAPPER.treeAsTokens(migrated)) {
                return new Loaded(new In(p).root(), fileVersion);
            }
        } catch (JsonEOFException e) {
            throw new ProgressFormatException("truncated: the file ends at " + where(e.getLocation()), e);
        } catch (JsonProcessingException e) {
            throw new ProgressFormatException("bad JSON at " + where(e.getLocation()) + ": " + e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new ProgressFormatException("cannot parse: " + e.getMessage(), e);
        }
    }

    /** Decodes one bank's slice: a JSON object of question id to record. */
    static Map<String, QuestionRecord> readBank(byte[] bytes, int offset, int length) throws ProgressFormatException {
        try (JsonParser p = FACTORY.createParser(bytes, offset, length)) {
            In in = new In(p);
            p.nextToken();
            Map<String, QuestionRecord> records = in.bankBody();
            if (p.nextToken() != null) {
                throw in.error("text after the bank");
            }
            return records;
        } catch (JsonProcessingException e) {
            throw new ProgressFormatException("bad JSON in a bank: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ProgressFormatException("cannot parse: " + e.getMessage(), e);
        }
    }

    /**
     * The fast path for a file exactly as {@link #write} left it: checks the checksum, parses
     * everything but the banks, and keeps each bank as a raw slice for {@link BankRecords} to decode
     * on first use. Returns null (use the full parse) when the checksum is missing or does not match,
     * e.g. after a hand edit.
     */
    private static ProgressData readLazily(byte[] b) throws IOException, ProgressFormatException {
        int mark = lastIndexOf(b, CHECKSUM_MARK, Math.max(0, b.length - 64));
        if (mark < 0) {
            return null;
        }
        int hexStart = mark + CHECKSUM_MARK.length;
        if (hexStart + 8 > b.length) {
            return null;
        }
        String stored = new String(b, hexStart, 8, StandardCharsets.US_ASCII);
        CRC32C crc = new CRC32C();
        crc.update(b, 0, mark);
        if (!stored.equals(hex8(crc.getValue()))) {
            return null;
        }
        // Bank blocks: a line of 8 spaces + "id": { ... up to the line of 8 spaces + } (see write()).
        List<int[]> ranges = new ArrayList<>();
        int lineStart = 0;
        int open = -1;
        while (lineStart < mark) {
            int lineEnd = lineStart;
            while (lineEnd < b.length && b[lineEnd] != '\n') {
                lineEnd++;
            }
            if (indentIs(b, lineStart, 8)) {
                byte first = b[lineStart + 8];
                if (open < 0 && first == '"' && b[lineEnd - 1] == '{') {
                    open = lineEnd - 1;
                } else if (open >= 0 && first == '}') {
                    ranges.add(new int[] {open, lineStart + 9});
                    open = -1;
                }
            }
            lineStart = lineEnd + 1;
        }
        if (open >= 0) {
            return null;
        }
        ByteArrayOutputStream skeleton = new ByteArrayOutputStream(Math.min(b.length, 1 << 20));
        int pos = 0;
        for (int[] r : ranges) {
            skeleton.write(b, pos, r[0] - pos);
            skeleton.write('{');
            skeleton.write('}');
            pos = r[1];
        }
        skeleton.write(b, pos, b.length - pos);
        ProgressData data;
        try (JsonParser p = FACTORY.createParser(skeleton.toByteArray())) {
            data = new In(p).root();
        }
        int i = 0;
        for (ProfileData profile : data.profiles.values()) {
            for (Map.Entry<String, BankRecords> bank : profile.banks.entrySet()) {
                if (i >= ranges.size()) {
                    return null;
                }
                int[] r = ranges.get(i++);
                bank.setValue(BankRecords.raw(b, r[0], r[1]));
            }
        }
        return i == ranges.size() ? data : null;
    }

    private static boolean indentIs(byte[] b, int lineStart, int n) {
        if (lineStart + n >= b.length) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (b[lineStart + k] != ' ') {
                return false;
            }
        }
        return b[lineStart + n] != ' ';
    }

    private static int lastIndexOf(byte[] b, byte[] needle, int from) {
        outer:
        for (int i = b.length - needle.length; i >= from; i--) {
            for (int k = 0; k < needle.length; k++) {
                if (b[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String where(JsonLocation loc) {
        return loc == null ? "an unknown place" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    /** The schemaVersion when it is the first field (as this program writes it), else -1. */
    private static int peekVersion(byte[] bytes) throws IOException {
        try (JsonParser p = FACTORY.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
                    || !"schemaVersion".equals(p.currentName())) {
                return -1;
            }
            return p.nextToken() == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
        } catch (JsonProcessingException e) {
            return -1; // the slow path reports it properly
        }
    }

    /** Typed reading with messages that say where the file is wrong. */
    private static final class In {
        private final JsonParser p;

        In(JsonParser p) {
            this.p = p;
        }

        ProgressFormatException error(String what) {
            return new ProgressFormatException(what + " at " + where(p.currentLocation()));
        }

        void expect(JsonToken actual, JsonToken wanted, String what) throws ProgressFormatException {
            if (actual != wanted) {
                throw error("expected " + what);
            }
        }

        ProgressData root() throws IOException, ProgressFormatException {
            expect(p.nextToken(), JsonToken.START_OBJECT, "a JSON object");
            ProgressData d = new ProgressData();
            boolean sawVersion = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                    case "schemaVersion":
                        if (longValue(f) != ProgressData.SCHEMA_VERSION) {
                            throw error("unexpected schemaVersion");
                        }
                        sawVersion = true;
                        break;
                    case "lastSeq": d.lastSeq = longValue(f); break;
                    case "profiles": profiles(d); break;
                    case "checksum": string(f); break; // checked by readLazily when it matters
                    default: p.skipChildren(); break;
                }
            }
            if (!sawVersion) {
                throw error("no schemaVersion");
            }
            if (p.nextToken() != null) {
                throw error("text after the end of the document");
            }
            return d;
        }

        private void profiles(ProgressData d) throws IOException, ProgressFormatException {
            expect(p.currentToken(), JsonToken.START_OBJECT, "an object of profiles");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                expect(p.currentToken(), JsonToken.START_OBJECT, "profile '" + name + "' as an object");
                ProfileData profile = d.profile(name, null);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    p.nextToken();
                    switch (f) {
                        case "createdAt": profile.createdAt = instant(f); break;
                        case "banks": banks(profile); break;
                        case "sessions":
                            expect(p.currentToken(), JsonToken.START_ARRAY, "sessions as an array");
                            while (p.nextToken() != JsonToken.END_ARRAY) {
                                profile.sessions.add(session());
                            }
                            break;
                        default: p.skipChildren(); break;
                    }
                }
            }
        }

        private void banks(ProfileData profile) throws IOException, ProgressFormatException {
            expect(p.currentToken(), JsonToken.START_OBJECT, "an object of banks");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String bankId = p.currentName();
                p.nextToken();
                profile.banks.put(bankId, BankRecords.of(bankBody()));
            }
        }

        Map<String, QuestionRecord> bankBody() throws IOException, ProgressFormatException {
            expect(p.currentToken(), JsonToken.START_OBJECT, "a bank as an object");
            Map<String, QuestionRecord> questions = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String qid = p.currentName();
                p.nextToken();
                questions.put(qid, record());
            }
            return questions;
        }

        QuestionRecord record() throws IOException, ProgressFormatException {
            expect(p.currentToken(), JsonToken.START_OBJECT, "a question record");
            String hash = "";
            List<String> topics = List.of();
            int attempts = 0;
            int correct = 0;
            String lastAnswer = null;
            Double lastMark = null;
            long lastMillis = 0;
            Card card = Card.NEW;
            List<ReviewEntry> log = List.of();
            List<QuestionRecord> previous = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                    case "hash": hash = nonNull(string(f), f); break;
                    case "topics": topics = strings(f); break;
                    case "attempts": attempts = (int) longValue(f); break;
                    case "correct": correct = (int) longValue(f); break;
                    case "lastAnswer": lastAnswer = string(f); break;
                    case "lastMark": lastMark = nullableDouble(f); break;
                    case "lastMillis": lastMillis = longValue(f); break;
                    case "card": card = card(); break;
                    case "log": log = log(); break;
                    case "previous":
                        expect(p.currentToken(), JsonToken.START_ARRAY, "previous as an array");
                        List<QuestionRecord> older = new ArrayList<>();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            older.add(record());
                        }
                        previous = older;
                        break;
                    default: p.skipChildren(); break;
                }
            }
            return new QuestionRecord(hash, topics, attempts, correct, lastAnswer, lastMark, lastMillis, card, log,
                    previous);
        }

        private List<ReviewEntry> log() throws IOException, ProgressFormatException {
            expect(p.currentToken(), JsonToken.START_ARRAY, "log as an array");
            List<ReviewEntry> log = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String line = string("log");
                ReviewEntry e = line == null ? null : parseLogLine(line);
                if (e == null) {
                    throw error("log entries should read \"<time> <again|hard|good|easy> <state before> <ms>\"");
                }
                log.add(e);
            }
            return log;
        }

        Card card() throws IOException, ProgressFormatException {
            expect(p.currentToken(), JsonToken.START_OBJECT, "a card");
            CardState state = CardState.NEW;
            int step = 0;
            double stability = 0;
            double difficulty = 0;
            Instant due = null;
            Instant lastReview = null;
            int reps = 0;
            int lapses = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                    case "state": state = state(f); break;
                    case "step": step = (int) longValue(f); break;
                    case "stability": stability = doubleValue(f); break;
                    case "difficulty": difficulty = doubleValue(f); break;
                    case "due": due = instant(f); break;
                    case "lastReview": lastReview = instant(f); break;
                    case "reps": reps = (int) longValue(f); break;
                    case "lapses": lapses = (int) longValue(f); break;
                    default: p.skipChildren(); break;
                }
            }
            if (state != CardState.NEW && (stability <= 0 || difficulty < 1 || difficulty > 10 || due == null
                    || lastReview == null)) {
                throw error("a reviewed card needs stability > 0, difficulty 1..10, due and lastReview");
            }
            return state == CardState.NEW ? Card.NEW
                    : new Card(state, step, stability, difficulty, due, lastReview, reps, lapses);
        }

        SessionRecord session() throws IOException, ProgressFormatException {
            expect(p.currentToken(), JsonToken.START_OBJECT, "a session");
            Instant startedAt = null;
            String bank = null;
            String mode = null;
            double score = 0;
            double max = 0;
            long duration = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                    case "startedAt": startedAt = instant(f); break;
                    case "bank": bank = string(f); break;
                    case "mode": mode = string(f); break;
                    case "score": score = doubleValue(f); break;
                    case "max": max = doubleValue(f); break;
                    case "durationMillis": duration = longValue(f); break;
                    default: p.skipChildren(); break;
                }
            }
            if (startedAt == null || bank == null || mode == null) {
                throw error("session without startedAt, bank or mode");
            }
            return new SessionRecord(startedAt, bank, mode, score, max, duration);
        }

        String string(String field) throws IOException, ProgressFormatException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.VALUE_STRING) {
                throw error("'" + field + "' should be a string");
            }
            return p.getText();
        }

        private String nonNull(String value, String field) throws ProgressFormatException {
            if (value == null) {
                throw error("'" + field + "' is null");
            }
            return value;
        }

        List<String> strings(String field) throws IOException, ProgressFormatException {
            expect(p.currentToken(), JsonToken.START_ARRAY, "'" + field + "' as an array of strings");
            List<String> out = new ArrayList<>(2);
            while (p.nextToken() != JsonToken.END_ARRAY) {
                out.add(nonNull(string(field), field));
            }
            return out;
        }

        long longValue(String field) throws IOException, ProgressFormatException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw error("'" + field + "' should be a whole number");
            }
            return p.getLongValue();
        }

        double doubleValue(String field) throws IOException, ProgressFormatException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                throw error("'" + field + "' should be a number");
            }
            return p.getDoubleValue();
        }

        Double nullableDouble(String field) throws IOException, ProgressFormatException {
            return p.currentToken() == JsonToken.VALUE_NULL ? null : doubleValue(field);
        }

        boolean bool(String field) throws ProgressFormatException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                throw error("'" + field + "' should be true or false");
            }
            return t == JsonToken.VALUE_TRUE;
        }

        Instant instant(String field) throws IOException, ProgressFormatException {
            String s = string(field);
            if (s == null) {
                return null;
            }
            try {
                return Instants.parse(s);
            } catch (DateTimeParseException e) {
                throw error("'" + field + "' is not an ISO-8601 UTC time: " + s);
            }
        }

        Rating rating(String field) throws IOException, ProgressFormatException {
            long v = longValue(field);
            if (v < 1 || v > 4) {
                throw error("'" + field + "' should be 1..4");
            }
            return Rating.of((int) v);
        }

        CardState state(String field) throws IOException, ProgressFormatException {
            String s = string(field);
            try {
                return CardState.fromJsonName(s == null ? "" : s);
            } catch (IllegalArgumentException e) {
                throw error("'" + field + "' should be new, learning, review or relearning");
            }
        }
    }
}
