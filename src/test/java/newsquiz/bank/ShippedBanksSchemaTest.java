package newsquiz.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bank shipped in {@code questions/} matches {@code questions/schema.json}, and the schema
 * is strict enough to reject broken banks (so a green run means something).
 */
class ShippedBanksSchemaTest {

    private static final Path QUESTIONS = Path.of("questions");
    private static final Path SCHEMA_FILE = QUESTIONS.resolve("schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    /** A small bank with one question of each type; each broken case below changes one thing. */
    private static final String VALID_BANK = """
            {
              "schemaVersion": 1,
              "id": "tiny",
              "title": "Tiny bank",
              "language": "en",
              "source": { "title": "An article", "date": "2025-01-31" },
              "questions": [
                { "id": "mc", "type": "multiple_choice", "prompt": "p", "explanation": "e",
                  "choices": ["a", "b"], "answer": 1, "difficulty": 3, "points": 2, "hint": "h" },
                { "id": "ms", "type": "multiple_select", "prompt": "p", "explanation": "e",
                  "choices": ["a", "b", "c"], "answers": [0, 2] },
                { "id": "tf", "type": "true_false", "prompt": "p", "explanation": "e", "answer": false },
                { "id": "sa", "type": "short_answer", "prompt": "p", "explanation": "e",
                  "accept": ["x"], "caseSensitive": false, "typos": true },
                { "id": "num", "type": "numeric", "prompt": "p", "explanation": "e",
                  "value": 16, "tolerance": 0, "unit": "states" },
                { "id": "num-range", "type": "numeric", "prompt": "p", "explanation": "e",
                  "range": { "min": 5, "max": 7 } },
                { "id": "cloze", "type": "cloze", "prompt": "p", "explanation": "e",
                  "text": "{{1}} and {{2}}",
                  "blanks": [ { "accept": ["six", "6"] }, { "choices": ["a", "b"], "answer": 0 } ] },
                { "id": "match", "type": "matching", "prompt": "p", "explanation": "e",
                  "pairs": [ { "left": "a", "right": "1" }, { "left": "b", "right": "2" } ],
                  "distractors": ["3"] },
                { "id": "order", "type": "ordering", "prompt": "p", "explanation": "e",
                  "items": ["first", "second"] }
              ]
            }
            """;

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schema = FACTORY.getSchema(JSON.readTree(SCHEMA_FILE.toFile()));
    }

    static Stream<Path> shippedBanks() throws IOException {
        try (Stream<Path> files = Files.list(QUESTIONS)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.equals(SCHEMA_FILE))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void schemaIsValidDraft202012() throws IOException {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));
        assertThat(messages(meta.validate(JSON.readTree(SCHEMA_FILE.toFile())))).isEmpty();
    }

    @Test
    void atLeastOneBankIsShipped() throws IOException {
        assertThat(shippedBanks()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedBanks")
    void shippedBankMatchesSchema(Path bank) throws IOException {
        Set<ValidationMessage> errors = schema.validate(JSON.readTree(bank.toFile()));
        assertThat(messages(errors)).as("schema errors in %s", bank).isEmpty();
    }

    @Test
    void validExampleMatchesSchema() throws IOException {
        assertThat(messages(schema.validate(JSON.readTree(VALID_BANK)))).isEmpty();
    }

    static Stream<Arguments> brokenBanks() {
        return Stream.of(
                broken("missing answer", b -> question(b, "mc").remove("answer")),
                broken("difficulty 4", b -> question(b, "mc").put("difficulty", 4)),
                broken("difficulty 0", b -> question(b, "tf").put("difficulty", 0)),
                broken("unknown type", b -> question(b, "tf").put("type", "essay")),
                broken("negative tolerance", b -> question(b, "num").put("tolerance", -0.5)),
                broken("points 0", b -> question(b, "mc").put("points", 0)),
                broken("missing explanation", b -> question(b, "sa").remove("explanation")),
                broken("field of another type", b -> question(b, "mc").putArray("answers").add(1)),
                broken("misspelt field", b -> question(b, "tf").put("dificulty", 1)),
                broken("answer index below 0", b -> question(b, "mc").put("answer", -1)),
                broken("only one choice", b -> ((ArrayNode) question(b, "mc").get("choices")).remove(1)),
                broken("true_false answer not boolean", b -> question(b, "tf").put("answer", "false")),
                broken("no accepted answers", b -> question(b, "sa").putArray("accept")),
                broken("numeric without value or range", b -> question(b, "num").remove("value")),
                broken("range without max", b -> ((ObjectNode) question(b, "num-range").get("range")).remove("max")),
                broken("cloze blank both typed and chosen",
                        b -> ((ObjectNode) question(b, "cloze").get("blanks").get(0)).putArray("choices").add("a").add("b")),
                broken("cloze without {{1}}", b -> question(b, "cloze").put("text", "no blanks here")),
                broken("matching with one pair", b -> ((ArrayNode) question(b, "match").get("pairs")).remove(1)),
                broken("ordering with one item", b -> ((ArrayNode) question(b, "order").get("items")).remove(1)),
                broken("question id with capitals", b -> question(b, "tf").put("id", "TF")),
                broken("bank id with spaces", b -> b.put("id", "my bank")),
                broken("schemaVersion 2", b -> b.put("schemaVersion", 2)),
                broken("no questions", b -> b.putArray("questions")),
                broken("source without title", b -> ((ObjectNode) b.get("source")).remove("title")),
                broken("date not ISO", b -> ((ObjectNode) b.get("source")).put("date", "31/01/2025")),
                broken("unknown top-level field", b -> b.put("author", "someone")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenBanks")
    void schemaRejectsBrokenBank(String what, Consumer<ObjectNode> breakIt) throws IOException {
        ObjectNode bank = (ObjectNode) JSON.readTree(VALID_BANK);
        breakIt.accept(bank);
        assertThat(schema.validate(bank)).as(what).isNotEmpty();
    }

    private static Arguments broken(String what, Consumer<ObjectNode> breakIt) {
        return Arguments.of(what, breakIt);
    }

    private static ObjectNode question(ObjectNode bank, String id) {
        for (JsonNode q : bank.get("questions")) {
            if (q.get("id").asText().equals(id)) {
                return (ObjectNode) q;
            }
        }
        throw new IllegalArgumentException("no question " + id + " in the example bank");
    }

    private static List<String> messages(Set<ValidationMessage> errors) {
        return errors.stream().map(ValidationMessage::getMessage).toList();
    }
}
