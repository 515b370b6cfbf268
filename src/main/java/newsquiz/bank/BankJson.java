package newsquiz.bank;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsquiz.files.AtomicFile;

/**
 * Reads and writes bank files. Reading streams the top level and the question list so that each
 * problem can name the line and column of the question it is in; everything wrong with a bank is
 * reported at once (up to {@value #MAX_PROBLEMS} lines) rather than one fix-and-retry at a time.
 */
public final class BankJson {

    /** Far above any real bank (100,000 typical questions take about 32 MB) and far below what hurts. */
    public static final long MAX_FILE_BYTES = 40L * 1024 * 1024;
    /** A bank needs about 5 levels; a file nested deeper is broken or hostile. */
    static final int MAX_NESTING = 64;
    static final int MAX_PROBLEMS = 50;

    private static final Set<String> TOP_FIELDS = Set.of("$schema", "schemaVersion", "id", "title", "description",
            "language", "source", "topics", "generated", "questions");

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private BankJson() {
    }

    public static Bank read(Path file) throws BankException {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new BankException(String.format("%s: file is %.1f MB; banks over %d MB are refused",
                        name, size / 1048576.0, MAX_FILE_BYTES / 1048576));
            }
            byte[] bytes = Files.readAllBytes(file);
            try {
                return new Reader(name).read(bytes);
            } catch (BankException e) {
                // Jackson reads bytes directly (fast) but words a bad byte as a parse error;
                // re-check the encoding so a non-UTF-8 file gets the clear message.
                StrictUtf8.decode(bytes, name);
                throw e;
            }
        } catch (NoSuchFileException e) {
            throw new BankException(name + ": no such file");
        } catch (IOException e) {
            throw new BankException(name + ": cannot read: " + e.getMessage());
        }
    }

    /** Parses bank JSON; {@code name} is used in problem messages. */
    public static Bank parse(String json, String name) throws BankException {
        return new Reader(name).read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static String write(Bank bank) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schemaVersion", bank.schemaVersion());
        o.put("id", bank.id());
        o.put("title", bank.title());
        if (bank.description() != null) {
            o.put("description", bank.description());
        }
        o.put("language", bank.language());
        if (bank.source() != null) {
            ObjectNode s = o.putObject("source");
            Bank.Source src = bank.source();
            putIfPresent(s, "title", src.title());
            putIfPresent(s, "publisher", src.publisher());
            putIfPresent(s, "author", src.author());
            putIfPresent(s, "date", src.date());
            putIfPresent(s, "url", src.url());
        }
        if (!bank.topics().isEmpty()) {
            o.set("topics", QuestionToJson.strings(bank.topics()));
        }
        if (bank.generated()) {
            o.put("generated", true);
        }
        var questions = o.putArray("questions");
        for (Question q : bank.questions()) {
            questions.add(QuestionToJson.write(q));
        }
        try {
            // Jackson's default layout: objects one field a line, lists inline - readable in a
            // diff and about a third smaller than one list item a line.
            return MAPPER.writer(new DefaultPrettyPrinter()).writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** Writes atomically: an interrupted write leaves the old file, never half a bank. */
    public static void writeFile(Bank bank, Path file) throws IOException {
        AtomicFile.write(file, write(bank));
    }

    private static void putIfPresent(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    /** One read of one file; collects problems with their positions. */
    private static final class Reader {
        private final String name;
        private final List<String> problems = new ArrayList<>();

        Reader(String name) {
            this.name = name;
        }

        Bank read(byte[] json) throws BankException {
            ObjectNode top = MAPPER.createObjectNode();
            List<Question> questions = new ArrayList<>();
            boolean sawQuestions = false;
            try (JsonParser p = FACTORY.createParser(json)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new BankException(at(p.currentTokenLocation()) + "a bank must be a JSON object {...}");
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonLocation fieldAt = p.currentTokenLocation();
                    p.nextToken();
                    if (field.equals("questions")) {
                        sawQuestions = true;
                        readQuestions(p, fieldAt, questions);
                    } else {
                        top.set(field, p.readValueAsTree());
                        if (!TOP_FIELDS.contains(field)) {
                            problems.add(at(fieldAt) + "unknown field \"" + field + "\"");
                        }
                    }
                }
                if (p.nextToken() != null) {
                    problems.add(at(p.currentTokenLocation()) + "unexpected content after the bank's closing }");
                }
            } catch (StreamConstraintsException e) {
                throw new BankException(at(e.getLocation()) + "JSON nested more than " + MAX_NESTING + " levels deep");
            } catch (JsonProcessingException e) {
                throw new BankException(at(e.getLocation()) + "malformed JSON: " + JacksonMessages.tidy(e.getOriginalMessage()));
            } catch (IOException e) {
                throw new BankException(name + ": cannot read: " + e.getMessage());
            }
            Bank bank = header(top, questions, sawQuestions);
            if (!problems.isEmpty()) {
                throw new BankException(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
            }
            return bank;
        }

        private void readQuestions(JsonParser p, JsonLocation fieldAt, List<Question> questions) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                problems.add(at(fieldAt) + "field \"questions\" must be a list");
                p.skipChildren();
                return;
            }
            Map<String, JsonLocation> firstSeen = new HashMap<>();
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                index++;
                JsonLocation qAt = p.currentTokenLocation();
                JsonNode node = p.readValueAsTree();
                String label = questionLabel(node, index);
                if (!node.isObject()) {
                    problems.add(at(qAt) + label + "must be an object {...}");
                    continue;
                }
                Optional<Question> q = QuestionFromJson.read(node, s -> problems.add(at(qAt) + label + s));
                if (q.isPresent()) {
                    JsonLocation previous = firstSeen.putIfAbsent(q.get().id(), qAt);
                    if (previous != null) {
                        problems.add(at(qAt) + label + "duplicate id (first used at line " + previous.getLineNr() + ")");
                    }
                    questions.add(q.get());
                }
            }
        }

        private Bank header(ObjectNode top, List<Question> questions, boolean sawQuestions) {
            String here = name + ": ";
            Fields f = new Fields(top, s -> problems.add(here + s));
            int version = f.requiredInt("schemaVersion");
            if (f.has("schemaVersion") && version != Bank.SCHEMA_VERSION) {
                problems.add(here + "schemaVersion " + version + " is not supported (this newsquiz reads version "
                        + Bank.SCHEMA_VERSION + ")");
            }
            String id = f.requiredString("id");
            if (f.has("id") && !QuestionChecks.ID.matcher(id).matches()) {
                problems.add(here + "bank id \"" + id + "\" must be lower-case letters, digits, '.', '_' or '-'");
            }
            String title = f.requiredString("title");
            String description = f.optionalString("description");
            String language = f.requiredString("language");
            Bank.Source source = null;
            JsonNode s = f.object("source", false);
            if (s != null) {
                Fields sf = new Fields(s, m -> problems.add(here + "source: " + m));
                sf.rejectUnknown(Set.of("title", "publisher", "author", "date", "url"));
                source = new Bank.Source(sf.requiredString("title"), sf.optionalString("publisher"),
                        sf.optionalString("author"), sf.optionalString("date"), sf.optionalString("url"));
            }
            List<String> topics = f.stringList("topics", false);
            boolean generated = f.optionalBoolean("generated", false);
            if (!sawQuestions) {
                problems.add(here + "missing required field \"questions\"");
            } else if (questions.isEmpty() && problems.isEmpty()) {
                problems.add(here + "the bank has no questions");
            }
            return new Bank(version, id, title, description, language, source, topics, generated, questions);
        }

        private String questionLabel(JsonNode node, int index) {
            JsonNode id = node.get("id");
            return id != null && id.isTextual()
                    ? "question '" + id.textValue() + "': "
                    : "question #" + index + ": ";
        }

        private String at(JsonLocation loc) {
            if (loc == null || loc.getLineNr() < 1) {
                return name + ": ";
            }
            return name + ":" + loc.getLineNr() + ":" + loc.getColumnNr() + ": ";
        }
    }
}
