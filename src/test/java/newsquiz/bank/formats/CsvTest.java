package newsquiz.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV writer: RFC 4180 quoting and records, as the export, class report and statistics use it. */
class CsvTest {

    @Test
    void quotesOnlyCellsWithACommaQuoteOrLineBreak() {
        assertThat(Csv.quote("plain text")).isEqualTo("plain text");
        assertThat(Csv.quote("")).isEqualTo("");
        assertThat(Csv.quote("Smith, Ann")).isEqualTo("\"Smith, Ann\"");
        assertThat(Csv.quote("the \"charter\"")).isEqualTo("\"the \"\"charter\"\"\"");
        assertThat(Csv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.quote("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(Csv.quote("tab\tand 'apostrophe'")).isEqualTo("tab\tand 'apostrophe'");
    }

    @Test
    void aRecordIsItsCellsJoinedByCommasEndingInCrlf() {
        assertThat(Csv.record(List.of("a", "b,c", "\"d\""))).isEqualTo("a,\"b,c\",\"\"\"d\"\"\"\r\n");
        assertThat(Csv.record(Arrays.asList("a", null, ""))).isEqualTo("a,,\r\n");
        assertThat(Csv.record(List.of())).isEqualTo(Csv.EOL);
        assertThat(Csv.record(List.of("=1+1", "-x"))).as("no formula rule of its own").isEqualTo("=1+1,-x\r\n");
    }
}
