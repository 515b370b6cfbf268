package newsquiz.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules for the bundled bank that the schema cannot express: size, coverage of every type,
 * unique ids, indexes that point at a choice, blanks that match the text, and that the bank
 * does not copy the article's sentences. Mostly reads the JSON tree, so a rule broken here is
 * reported even if the bank reader would refuse the file.
 */
class BundledBankContentTest {

    private static final Path BANK = Path.of("questions", "us-azerbaijan-charter.json");
    private static final Pattern BLANK = Pattern.compile("\\{\\{(\\d+)}}");

    private static JsonNode bank;
    private static List<JsonNode> questions;

    @BeforeAll
    static void load() throws IOException {
        bank = new ObjectMapper().readTree(BANK.toFile());
        questions = new ArrayList<>();
        bank.get("questions").forEach(questions::add);
    }

    @Test
    void readsWithTheBankReader() throws BankException {
        Bank read = BankJson.read(BANK);
        assertThat(read.id()).isEqualTo("us-azerbaijan-charter");
        assertThat(read.questions()).hasSize(questions.size());
    }

    @Test
    void hasAtLeastFortyQuestions() {
        assertThat(questions).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void everyTypeAppearsAtLeastThreeTimes() {
        Map<String, Long> perType = questions.stream()
                .collect(Collectors.groupingBy(q -> q.get("type").asText(), TreeMap::new, Collectors.counting()));
        for (QuestionType type : QuestionType.values()) {
            assertThat(perType.getOrDefault(type.jsonName(), 0L)).as(type.jsonName()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void idsAreUnique() {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = questions.stream().map(q -> q.get("id").asText()).filter(id -> !seen.add(id)).toList();
        assertThat(duplicates).isEmpty();
    }

    @Test
    void everyDifficultyIsUsed() {
        Set<Integer> levels = questions.stream().map(q -> q.path("difficulty").asInt(2)).collect(Collectors.toSet());
        assertThat(levels).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void choiceIndexesPointAtChoices() {
        for (JsonNode q : questions) {
            String id = q.get("id").asText();
            switch (q.get("type").asText()) {
                case "multiple_choice" -> assertThat(q.get("answer").asInt()).as(id).isBetween(0, q.get("choices").size() - 1);
                case "multiple_select" -> q.get("answers").forEach(
                        a -> assertThat(a.asInt()).as(id).isBetween(0, q.get("choices").size() - 1));
                case "cloze" -> q.get("blanks").forEach(b -> {
                    if (b.has("choices")) {
                        assertThat(b.get("answer").asInt()).as(id).isBetween(0, b.get("choices").size() - 1);
                    }
                });
                default -> { }
            }
        }
    }

    @Test
    void clozeBlanksAreNumberedOneToNAndUsedOnce() {
        for (JsonNode q : questions) {
            if (!q.get("type").asText().equals("cloze")) {
                continue;
            }
            List<Integer> numbers = new ArrayList<>();
            Matcher m = BLANK.matcher(q.get("text").asText());
            while (m.find()) {
                numbers.add(Integer.parseInt(m.group(1)));
            }
            List<Integer> expected = new ArrayList<>();
            for (int n = 1; n <= q.get("blanks").size(); n++) {
                expected.add(n);
            }
            assertThat(numbers).as(q.get("id").asText()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void numericRangesAreNotEmpty() {
        for (JsonNode q : questions) {
            JsonNode range = q.path("range");
            if (range.isObject()) {
                assertThat(range.get("min").asDouble()).as(q.get("id").asText()).isLessThanOrEqualTo(range.get("max").asDouble());
            }
        }
    }

    /**
     * The article's facts may be used, its sentences may not: no run of 8 words outside
     * quotation marks may be shared with it. Skipped when the article is not beside the repo.
     */
    @Test
    void doesNotCopyRunsOfEightWordsFromTheArticle() throws IOException {
        Optional<Path> article = findArticle();
        assumeTrue(article.isPresent(), "shared/seed/article.txt not found above the working directory");
        String text = Files.readString(article.get(), StandardCharsets.UTF_8)
                .replaceAll("[“\"][^”\"]*[”\"]", " | ");
        List<String> articleWords = words(text);
        Set<List<String>> articleRuns = new HashSet<>();
        for (int i = 0; i + 8 <= articleWords.size(); i++) {
            List<String> run = articleWords.subList(i, i + 8);
            if (!run.contains("|")) {
                articleRuns.add(List.copyOf(run));
            }
        }
        List<String> bankWords = words(Files.readString(BANK, StandardCharsets.UTF_8));
        List<String> copied = new ArrayList<>();
        for (int i = 0; i + 8 <= bankWords.size(); i++) {
            if (articleRuns.contains(bankWords.subList(i, i + 8))) {
                copied.add(String.join(" ", bankWords.subList(i, i + 8)));
            }
        }
        assertThat(copied).isEmpty();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("[a-z0-9]+|\\|").matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static Optional<Path> findArticle() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(Path.of("shared", "seed", "article.txt"));
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
