package newsquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import newsquiz.bank.BankJson;
import newsquiz.progress.AnswerEvent;
import newsquiz.progress.ProgressStore;
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
    void theLaunchersWordOnTheTerminalIsTakenWithoutAskingJava() {
        // The test runner has no terminal: only the launcher's "1" can make the full screen usable.
        assertThat(FrontEnd.whyNoFullScreen(Map.of("TERM", "xterm", FrontEnd.LAUNCHER_TTY, "1"))).isNull();
        assertThat(FrontEnd.whyNoFullScreen(Map.of("TERM", "xterm", FrontEnd.LAUNCHER_TTY, "0"))).isEqualTo("not a terminal");
        assertThat(FrontEnd.whyNoFullScreen(Map.of("TERM", "dumb", FrontEnd.LAUNCHER_TTY, "1"))).isEqualTo("TERM=dumb");
        // anything else is not the launcher's: Java is asked
        assertThat(FrontEnd.whyNoFullScreen(Map.of("TERM", "xterm", FrontEnd.LAUNCHER_TTY, "yes"))).isEqualTo("not a terminal");
    }

    @Test
    void aBankGivenOutsideTheQuestionsFolderIsListedFirst() throws Exception {
        Path tiny = Path.of("src/test/resources/banks/tiny.json");
        var entries = FrontEnd.bankEntries(tiny, BankJson.read(tiny));
        assertThat(entries.get(0).path()).isEqualTo(tiny);
        assertThat(entries).allMatch(BankEntry::ok);
    }

    @Test
    void masteryCountsTheQuestionsAnsweredAndThoseInLongTermReview(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path tiny = Path.of("src/test/resources/banks/tiny.json");
        var bank = BankJson.read(tiny);
        var clock = java.time.Clock.fixed(java.time.Instant.parse("2025-01-01T10:00:00Z"), java.time.ZoneOffset.UTC);
        try (ProgressStore store = ProgressStore.open(dir, ProgressStore.DEFAULT_PROFILE, clock).store()) {
            assertThat(FrontEnd.mastery(store, bank)).isEqualTo(new BankEntry.Mastery(0, 0));
            var q = bank.questions().get(0);
            store.recordAnswer(AnswerEvent.answered(bank.id(), q, "b", 1, true, false, 3000, clock.instant()));
            assertThat(FrontEnd.mastery(store, bank)).isEqualTo(new BankEntry.Mastery(1, 0));
            var entries = FrontEnd.bankEntries(tiny, bank, store);
            assertThat(entries.get(0).mastery()).isEqualTo(new BankEntry.Mastery(1, 0));
        }
    }
}
