package newsquiz.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {

    private final ClassReports.ReportSet set = ClassReports.build(ClassFixture.found(ClassFixture.CLASS));

    @Test
    void textHasTheRankingTheQuestionTableBarsAndFlags() {
        String text = TextReport.render(set, ReportTable.ALL, true);
        assertThat(text).contains("== Town council ==")
                .contains("bank 'town' version ab12cd34, seed 5; 6 students (6 finished), 5 questions")
                .contains("   1  Ann      5 / 6     83%  █████████████████░░░     0:50")
                .contains("   3  Ed       2.5 / 6   42%")
                .contains("Average 44%, median 42%, standard deviation 27%")
                .contains("  2  tf        true/false       5/6     83% ████████░░   -0.59      0:10  negative discrimination")
                .contains("  5  sa        short answer     0/6      0% ░░░░░░░░░░     n/a      0:10  nobody right")
                .contains("     * B  Brockley     4   67%  █████████████░░░░░░░")
                .contains("       C  Carden       0    0%  ░░░░░░░░░░░░░░░░░░░░  nobody chose")
                .contains("       -  no answer    1   17%")
                .contains("most common wrong answers: \"aliev\" (3), \"mara\" (1)")
                .contains("  1  mc: nobody chose C \"Carden\".")
                .contains("Discrimination: correlation between a question's points and the rest of the score");
    }

    @Test
    void withoutUtf8TheTextIsPlainAscii() {
        String text = TextReport.render(set, ReportTable.ALL, false);
        assertThat(text.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7F))).isTrue();
        assertThat(text).contains("#################...").contains("right answer: Mara Aliyeva");
    }

    @Test
    void namesFromResultFilesCannotDriveTheTerminal() {
        Attempt evil = new Attempt("e", "Eve\u001b]0;pwned\u0007\u001b[2J", ClassFixture.BANK, 5, "exam", null, 0,
                ClassFixture.T0, ClassFixture.T0, ClassFixture.ITEMS, List.of(), "t");
        String text = TextReport.render(ClassReports.build(ClassFixture.found(List.of(evil))), ReportTable.ALL, true);
        assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007");
    }

    @Test
    void aSingleTableCanBeAskedFor() {
        String text = TextReport.render(set, ReportTable.STUDENTS, true);
        assertThat(text).contains("Students, ranked by score").doesNotContain("Facility").doesNotContain("Answers chosen");
        assertThat(CsvReport.render(set, ReportTable.QUESTIONS)).startsWith("bank,bank_version,number,question,type,");
    }

    @Test
    void csvHasOneHeaderPerTableAndParsesBack() {
        String csv = CsvReport.render(set, ReportTable.ALL);
        String[] sections = csv.split("\r\n\r\n");
        assertThat(sections).hasSize(3);
        List<List<String>> students = parse(sections[0]);
        assertThat(students.get(0)).isEqualTo(CsvReport.STUDENTS);
        assertThat(students.get(1)).containsExactly("town", "ab12cd34", "1", "Ann", "5", "6", "83.3", "50.0", "true", "5", "5", "ann.json");
        List<List<String>> questions = parse(sections[1]);
        assertThat(questions.get(0)).isEqualTo(CsvReport.QUESTIONS);
        assertThat(questions.get(2)).containsExactly("town", "ab12cd34", "2", "tf", "true_false", "The vote was unanimous.", "false",
                "6", "5", "83.3", "-0.587", "10.0", "negative discrimination");
        assertThat(questions.get(5).get(10)).isEmpty();
        List<List<String>> options = parse(sections[2]);
        assertThat(options.get(0)).isEqualTo(CsvReport.OPTIONS);
        assertThat(options).contains(List.of("town", "ab12cd34", "4", "ms", "", "C", "stadium", "false", "0", "0.0"),
                List.of("town", "ab12cd34", "4", "ms", "", "none", "(no answer)", "false", "1", "16.7"),
                List.of("town", "ab12cd34", "5", "sa", "", "typed", "aliev", "false", "3", "50.0"));
        assertThat(students).allMatch(r -> r.size() == CsvReport.STUDENTS.size());
        assertThat(options).allMatch(r -> r.size() == CsvReport.OPTIONS.size());
    }

    @Test
    void jsonCarriesTheSameNumbers() throws Exception {
        JsonNode root = new ObjectMapper().readTree(JsonReport.render(set, ReportTable.ALL));
        JsonNode g = root.get("groups").get(0);
        assertThat(g.get("bank").get("contentHash").asText()).startsWith("sha256:ab12cd34");
        assertThat(g.get("ranking").get(0).get("student").asText()).isEqualTo("Ann");
        JsonNode tf = g.get("questions").get(1);
        assertThat(tf.get("facility").asDouble()).isEqualTo(0.8333);
        assertThat(tf.get("discrimination").asDouble()).isEqualTo(-0.5873);
        assertThat(tf.get("flags").get(0).asText()).isEqualTo("negative_discrimination");
        assertThat(g.get("questions").get(4).get("discrimination").isNull()).isTrue();
        assertThat(g.get("questions").get(3).get("options").get(0).get("noAnswer").asInt()).isEqualTo(1);
        assertThat(g.get("percent").get("mean").asDouble()).isEqualTo(44.44);
    }

    @Test
    void jsonForATerminalThatIsNotUtf8IsEscapedNotMangled() throws Exception {
        String json = JsonReport.render(set, ReportTable.ALL, true);
        assertThat(json.chars().allMatch(c -> c < 0x80)).isTrue();
        assertThat(json).contains("Mara \\u018Fliyeva");
        assertThat(new ObjectMapper().readTree(json).toString()).contains("Mara Əliyeva");
    }

    /** A small RFC 4180 reader, to check the writer against. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (!row.isEmpty() || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
