package newsquiz.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void plainFieldsAreLeftAlone() {
        assertThat(Csv.row(List.of("Ann", 3, true))).isEqualTo("Ann,3,true\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAsRfc4180Says() {
        assertThat(Csv.row(List.of("Smith, Ann"))).isEqualTo("\"Smith, Ann\"\r\n");
        assertThat(Csv.row(List.of("the \"charter\""))).isEqualTo("\"the \"\"charter\"\"\"\r\n");
        assertThat(Csv.row(List.of("two\nlines", "cr\rhere"))).isEqualTo("\"two\nlines\",\"cr\rhere\"\r\n");
        assertThat(Csv.row(Arrays.asList("a", null, ""))).isEqualTo("a,,\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunIsDefused() {
        assertThat(Csv.row(List.of("=HYPERLINK(\"http://x\",\"y\")"))).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n");
        assertThat(Csv.row(List.of("+1", "-2", "@me"))).isEqualTo("'+1,'-2,'@me\r\n");
        // numbers are numbers: a negative discrimination stays a negative number
        assertThat(Csv.row(List.of(new Csv.Num("-0.587"), -3))).isEqualTo("-0.587,-3\r\n");
    }
}
