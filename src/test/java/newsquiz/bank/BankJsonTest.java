package newsquiz.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankJsonTest {

    static final Path TINY = Path.of("src/test/resources/banks/tiny.json");

    @TempDir
    Path dir;

    @Test
    void readsEveryTypeOfTheTinyBank() throws Exception {
        Bank bank = BankJson.read(TINY);
        assertThat(bank.id()).isEqualTo("tiny");
        assertThat(bank.questions()).extracting(Question::type).containsExactly(QuestionType.values());
        MultipleChoice mc = (MultipleChoice) bank.questions().get(0);
        assertThat(mc.choices().get(mc.answer())).isEqualTo("Brockley");
        assertThat(mc.hint()).isEqualTo("It starts with B.");
        NumericQuestion num = (NumericQuestion) bank.questions().get(4);
        assertThat(num.min()).isEqualTo(16.0);
        assertThat(num.max()).isEqualTo(16.0);
        assertThat(num.points()).isEqualTo(2.0);
        Cloze cloze = (Cloze) bank.questions().get(5);
        assertThat(cloze.blanks().get(1).accept()).containsExactly("May");
        assertThat(bank.questions().get(3).difficulty()).isEqualTo(3);
        assertThat(bank.questions().get(2).difficulty()).isEqualTo(2);
    }

    @Test
    void writeThenReadGivesTheSameBank() throws Exception {
        Bank bank = BankJson.read(TINY);
        Path copy = dir.resolve("copy.json");
        BankJson.writeFile(bank, copy);
        assertThat(BankJson.read(copy)).isEqualTo(bank);
        assertThat(BankValidator.validate(bank)).isEmpty();
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThat(problem("{\n  \"id\": \"x\",\n  oops\n}")).startsWith("t.json:3:3: malformed JSON");
    }

    @Test
    void truncatedJsonSaysWhereTheOpenBraceWas() {
        assertThat(problem("{\"schemaVersion\":1")).isEqualTo(
                "t.json:1:19: malformed JSON: Unexpected end-of-input: expected close marker for Object (opened at line 1, column 1)");
    }

    @Test
    void unknownTypeIsNamedWithQuestionId() {
        String p = problem(bankWith("{\"id\":\"q1\",\"type\":\"essay\",\"prompt\":\"p\",\"explanation\":\"e\"}"));
        assertThat(p).matches("t\\.json:\\d+:\\d+: question 'q1': unknown type \"essay\".*");
    }

    @Test
    void missingRequiredFieldIsNamed() {
        assertThat(problem(bankWith("{\"id\":\"q1\",\"type\":\"true_false\",\"prompt\":\"p\",\"explanation\":\"e\"}")))
                .contains("question 'q1': missing required field \"answer\"");
    }

    @Test
    void duplicateIdsPointAtTheFirstUse() {
        String tf = "{\"id\":\"q1\",\"type\":\"true_false\",\"prompt\":\"p\",\"answer\":true,\"explanation\":\"e\"}";
        assertThat(problem(bankWith(tf + ",\n" + tf))).contains("question 'q1': duplicate id (first used at line");
    }

    @Test
    void answerIndexOutOfRange() {
        assertThat(problem(bankWith(mc("[\"a\",\"b\"]", "5"))))
                .contains("question 'q1': answer 5 is not among the 2 choices (0-1)");
    }

    @Test
    void emptyChoiceList() {
        assertThat(problem(bankWith(mc("[]", "0")))).contains("question 'q1': choices is empty");
    }

    @Test
    void clozeChoiceAnswerMustBeAmongItsChoices() {
        String cloze = "{\"id\":\"c\",\"type\":\"cloze\",\"prompt\":\"p\",\"explanation\":\"e\",\"text\":\"a {{1}}\","
                + "\"blanks\":[{\"choices\":[\"x\",\"y\"],\"answer\":2}]}";
        assertThat(problem(bankWith(cloze))).contains("question 'c': blank 1: answer 2 is not among the 2 choices");
    }

    @Test
    void negativeTolerance() {
        String num = "{\"id\":\"n\",\"type\":\"numeric\",\"prompt\":\"p\",\"explanation\":\"e\",\"value\":3,\"tolerance\":-1}";
        assertThat(problem(bankWith(num))).contains("question 'n': tolerance -1 is below 0");
    }

    @Test
    void misspeltFieldIsReportedNotIgnored() {
        String tf = "{\"id\":\"q1\",\"type\":\"true_false\",\"prompt\":\"p\",\"answer\":true,\"anwser\":1,\"explanation\":\"e\"}";
        assertThat(problem(bankWith(tf))).contains("unknown field \"anwser\"");
    }

    @Test
    void notUtf8NamesTheByte() throws IOException {
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, "{\n \"title\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> BankJson.read(latin1))
                .hasMessageMatching(".*latin1\\.json:2:\\d+: not UTF-8 \\(byte 0xE9.*");
    }

    @Test
    void hugeFileIsRefusedBeforeReading() throws IOException {
        Path big = dir.resolve("big.json");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), 50L * 1024 * 1024);
        }
        assertThatThrownBy(() -> BankJson.read(big)).hasMessageContaining("big.json: file is 50.0 MB; banks over 40 MB are refused");
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        String deep = "{\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertThat(problem(deep)).contains("nested more than 64 levels");
    }

    @Test
    void missingFileIsOneLine() {
        assertThatThrownBy(() -> BankJson.read(dir.resolve("nope.json"))).hasMessageEndingWith("nope.json: no such file");
    }

    @Test
    void wrongSchemaVersion() {
        assertThat(problem(bankWith(mc("[\"a\",\"b\"]", "0")).replace("\"schemaVersion\":1", "\"schemaVersion\":9")))
                .contains("schemaVersion 9 is not supported");
    }

    @Test
    void allProblemsAreListedOneLineEach() {
        String bad = bankWith(mc("[]", "0") + ",\n" + "{\"id\":\"q2\",\"type\":\"nope\",\"prompt\":\"p\",\"explanation\":\"e\"}");
        try {
            BankJson.parse(bad, "t.json");
        } catch (BankException e) {
            List<String> problems = e.problems();
            assertThat(problems).hasSizeGreaterThanOrEqualTo(2).allSatisfy(p -> assertThat(p).doesNotContain("\n"));
            return;
        }
        throw new AssertionError("expected a BankException");
    }

    private static String mc(String choices, String answer) {
        return "{\"id\":\"q1\",\"type\":\"multiple_choice\",\"prompt\":\"p\",\"explanation\":\"e\",\"choices\":" + choices
                + ",\"answer\":" + answer + "}";
    }

    private static String bankWith(String questions) {
        return "{\"schemaVersion\":1,\"id\":\"b\",\"title\":\"T\",\"language\":\"en\",\"questions\":[\n" + questions + "\n]}";
    }

    private static String problem(String json) {
        try {
            BankJson.parse(json, "t.json");
        } catch (BankException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return e.getMessage();
        }
        throw new AssertionError("expected a BankException for " + json);
    }
}
