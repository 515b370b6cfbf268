package newsquiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import newsquiz.bank.BankJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The curate screen as text at 80x24 and at the 40x12 minimum, compared with
 * src/test/resources/golden/curate-*.txt (-Dgolden.update=true rewrites them): a question,
 * picking a distractor, an edit refused with its reason, the help, the quit question, the end.
 */
class CurateGoldenTest {

    private static Harness open(int columns, int rows, boolean utf8) throws Exception {
        CurateModel start = CurateModel.start(BankJson.read(CurateScreenTest.BANK), Path.of("harbour-curated.json"));
        return new Harness(start, columns, rows, Display.of(utf8), true);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80, 24", "40, 12"})
    void screens(int columns, int rows) throws Exception {
        String size = columns + "x" + rows;
        Harness h = open(columns, rows, true);
        Golden.check("curate-question-" + size, h.text());
        h.keys("o", "<down>");
        Golden.check("curate-pick-" + size, h.text());
        h.keys("<enter>", "<c-u>");
        h.type("Tomas Greve");
        h.keys("<enter>");
        String refused = h.text();
        assertThat(refused).doesNotContain("Make the window bigger");
        Golden.check("curate-edit-refused-" + size, refused);
        h.keys("<esc>", "<esc>", "?");
        Golden.check("curate-help-" + size, h.text());
        h.keys("x", "k", "q");
        Golden.check("curate-quit-" + size, h.text());
        h.keys("<esc>", "d", "k", "k");
        Golden.check("curate-end-" + size, h.text());
    }

    @ParameterizedTest(name = "ASCII {0}x{1}")
    @CsvSource({"40, 12"})
    void asciiOnly(int columns, int rows) throws Exception {
        Harness h = open(columns, rows, false);
        h.keys("k");
        String screen = h.text();
        assertThat(screen.chars().allMatch(c -> c < 128)).as("ASCII only:%n%s", screen).isTrue();
        Golden.check("curate-ascii-" + columns + "x" + rows, screen);
    }
}
