package newsquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import newsquiz.bank.BankJson;
import newsquiz.tui.BankEntry;
import org.junit.jupiter.api.Test;

class FrontEndTest {

    @Test
    void dumbTerminalsAndPipesGetTheLineMode() {
        assertThat(FrontEnd.whyNoFullScreen(Map.of("TERM", "dumb"))).isEqualTo("TERM=dumb");
        // Under the test runner standard input and output are not a terminal.
        assertThat(FrontEnd.whyNoFullScreen(Map.of("TERM", "xterm-256color"))).isEqualTo("not a terminal");
    }

    @Test
    void aBankGivenOutsideTheQuestionsFolderIsListedFirst() throws Exception {
        Path tiny = Path.of("src/test/resources/banks/tiny.json");
        var entries = FrontEnd.bankEntries(tiny, BankJson.read(tiny));
        assertThat(entries.get(0).path()).isEqualTo(tiny);
        assertThat(entries).allMatch(BankEntry::ok);
    }
}
