package newsquiz.bank;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsquiz.bank.BankKeys.HeaderKey;
import newsquiz.bank.BankKeys.QuestionKey;
import newsquiz.bank.BankKeys.SourceKey;

/**
 * One read of one bank file, straight from Jackson's token stream (no tree): the header fields
 * into a draft, each question into a reused draft and then a record. Problems are collected with
 * the line and column of the question they are in, and all of them are reported at once (up to
 * {@value #MAX_PROBLEMS}).
 */
final class BankReader {

    /** A bank needs about 5 levels; a file nested deeper is broken or hostile. */
    static final int MAX_NESTING = 64;
    static final int MAX_PROBLEMS = 50;

    private static final Set<String> TOP_FIELDS = Set.of("$schema", "schemaVersion", "id", "title", "description",
            "language", "source", "topics", "generated", "questions");

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build();

    private final String name;
    private final List<String> problems = new ArrayList<>();

    BankReader(String name) {
        this.name = name;
    }

    Bank read(byte[] json) throws BankException {
        return read(json.length, () -> FACTORY.createParser(json));
    }

    /** Reads a file of {@code size} bytes without holding all of it in memory. */
    Bank read(InputStream in, long size) throws BankException {
        return read(size, () -> FACTORY.createParser(in));
    }

    private interface Opener {
        JsonParser parser() throws IOException;
    }

    private Bank read(long size, Opener source) throws BankException {
        ObjectDraft top = new ObjectDraft(HeaderKey.SHAPE);
        // Sized from the file: a typical question takes about 300 bytes, so lists and maps rarely
        // grow (and copy) while a large bank is read.
        int expected = (int) Math.max(16, Math.min(size / 300, 1 << 20));
        List<Question> questions = new ArrayList<>(expected);
        boolean sawQuestions = false;
        try (JsonParser p = source.parser()) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BankException(at(p.currentTokenLocation()) + "a bank must be a JSON object {...}");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonLocation fieldAt = p.currentTokenLocation();
                p.nextToken();
                if (field.equals("questions")) {
                    sawQuestions = true;
                    readQuestions(p, fieldAt, questions, expected);
                } else {
                    top.readField(p, field);
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
            throw new BankException(at(e.getLocation()) + "malformed JSON: "
                    + JacksonMessages.tidy(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new BankException(name + ": cannot read: " + e.getMessage());
        }
        Bank bank = header(top, questions, sawQuestions);
        if (!problems.isEmpty()) {
            throw new BankException(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
        }
        return bank;
    }

    private void readQuestions(JsonParser p, JsonLocation fieldAt, List<Question> questions, int expected)
            throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            problems.add(at(fieldAt) + "field \"questions\" must be a list");
            p.skipChildren();
            return;
        }
        Map<String, JsonLocation> firstSeen = new HashMap<>(expected * 4 / 3 + 1);
        ObjectDraft draft = new ObjectDraft(QuestionKey.SHAPE);
        int index = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
            index++;
            JsonLocation qAt = p.currentTokenLocation();
            if (t != JsonToken.START_OBJECT) {
                JsonSkip.value(p);
                problems.add(at(qAt) + "question #" + index + ": must be an object {...}");
                continue;
            }
            draft.read(p);
            int n = index;
            Optional<Question> q = QuestionFromJson.read(draft,
                    s -> problems.add(at(qAt) + questionLabel(draft, n) + s));
            if (q.isPresent()) {
                JsonLocation previous = firstSeen.putIfAbsent(q.get().id(), qAt);
                if (previous != null) {
                    problems.add(at(qAt) + questionLabel(draft, n) + "duplicate id (first used at line "
                            + previous.getLineNr() + ")");
                }
                questions.add(q.get());
            }
        }
    }

    private Bank header(ObjectDraft top, List<Question> questions, boolean sawQuestions) {
        String here = name + ": ";
        Fields f = new Fields(top, s -> problems.add(here + s));
        int version = f.requiredInt(HeaderKey.SCHEMA_VERSION);
        if (f.has(HeaderKey.SCHEMA_VERSION) && version != Bank.SCHEMA_VERSION) {
            problems.add(here + "schemaVersion " + version + " is not supported (this newsquiz reads version "
                    + Bank.SCHEMA_VERSION + ")");
        }
        String id = f.requiredString(HeaderKey.ID);
        if (f.has(HeaderKey.ID) && !Ids.valid(id)) {
            problems.add(here + "bank id \"" + id + "\" must be lower-case letters, digits, '.', '_' or '-'");
        }
        String title = f.requiredString(HeaderKey.TITLE);
        String description = f.optionalString(HeaderKey.DESCRIPTION);
        String language = f.requiredString(HeaderKey.LANGUAGE);
        Bank.Source source = null;
        ObjectDraft s = f.object(HeaderKey.SOURCE, false);
        if (s != null) {
            Fields sf = new Fields(s, m -> problems.add(here + "source: " + m));
            sf.rejectUnknown(SourceKey.ALL);
            source = new Bank.Source(sf.requiredString(SourceKey.TITLE), sf.optionalString(SourceKey.PUBLISHER),
                    sf.optionalString(SourceKey.AUTHOR), sf.optionalString(SourceKey.DATE),
                    sf.optionalString(SourceKey.URL));
        }
        List<String> topics = f.stringList(HeaderKey.TOPICS, false);
        boolean generated = f.optionalBoolean(HeaderKey.GENERATED, false);
        if (!sawQuestions) {
            problems.add(here + "missing required field \"questions\"");
        } else if (questions.isEmpty() && problems.isEmpty()) {
            problems.add(here + "the bank has no questions");
        }
        return new Bank(version, id, title, description, language, source, topics, generated, questions);
    }

    private static String questionLabel(ObjectDraft draft, int index) {
        return draft.kind(QuestionKey.ID) == ObjectDraft.Kind.STRING
                ? "question '" + draft.value(QuestionKey.ID) + "': "
                : "question #" + index + ": ";
    }

    private String at(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return name + ": ";
        }
        return name + ":" + loc.getLineNr() + ":" + loc.getColumnNr() + ": ";
    }
}
