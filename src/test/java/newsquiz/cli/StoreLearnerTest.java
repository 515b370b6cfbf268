package newsquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import newsquiz.bank.Bank;
import newsquiz.bank.BankJson;
import newsquiz.bank.Question;
import newsquiz.progress.AnswerEvent;
import newsquiz.progress.ProgressStore;
import newsquiz.progress.stats.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-screen UI's view of the store: switching profile changes mastery, statistics and where answers go. */
class StoreLearnerTest {

    static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void switchingProfileChangesMasteryStatisticsAndWhereAnswersGo() throws Exception {
        Bank bank = BankJson.read(Path.of("src/test/resources/banks/tiny.json"));
        Question q = bank.questions().get(0);
        try (ProgressStore store = ProgressStore.open(dir, "default", CLOCK).store()) {
            StoreLearner learner = new StoreLearner(store, ZoneOffset.UTC);
            store.recordAnswer(AnswerEvent.answered(bank.id(), q, "x", 1, true, false, 2000, NOW));
            assertThat(FrontEnd.mastery(store, bank).seen()).isEqualTo(1);
            assertThat(learner.stats(NOW)).isEqualTo(Statistics.of(store, NOW, ZoneOffset.UTC));
            assertThat(learner.stats(NOW).totals().seen()).isEqualTo(1);

            learner.switchProfile("ana");
            assertThat(learner.profile()).isEqualTo("ana");
            assertThat(learner.profiles()).containsExactly("default", "ana");
            assertThat(FrontEnd.mastery(store, bank).seen()).isZero();
            assertThat(learner.stats(NOW).profile()).isEqualTo("ana");
            assertThat(learner.stats(NOW).empty()).isTrue();

            store.recordAnswer(AnswerEvent.answered(bank.id(), bank.questions().get(1), "x", 0, false, false, 2000, NOW));
            assertThat(learner.stats(NOW).totals().seen()).isEqualTo(1);
            learner.switchProfile("default");
            assertThat(store.record(bank.id(), bank.questions().get(1).id())).isEmpty(); // ana's answer is ana's
        }
    }
}
