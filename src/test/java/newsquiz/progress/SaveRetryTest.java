package newsquiz.progress;

import static newsquiz.progress.Fixtures.BANK;
import static newsquiz.progress.Fixtures.right;
import static newsquiz.progress.Fixtures.wrong;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import newsquiz.bank.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a failed write the store keeps trying: a disk with room again, or a folder writable again,
 * resumes saving at the next answer, and the answers given while it failed are saved then too.
 */
class SaveRetryTest {

    static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");
    final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    final List<Question> qs = Fixtures.questions(10);
    final FaultyFileOps ops = new FaultyFileOps();

    @TempDir
    Path dir;

    ProgressStore open(FileOps files) {
        ProgressStore.OpenResult r = ProgressStore.open(dir, "default", clock, ProgressStore.Options.DEFAULT.withFiles(files));
        return r.store();
    }

    ProgressStore reopen() {
        ProgressStore.OpenResult r = ProgressStore.open(dir, "default", clock);
        assertThat(r.warnings()).isEmpty();
        return r.store();
    }

    /** A store with q0 saved in progress.json and q1 in the journal. */
    ProgressStore storeWithSavedAnswers() {
        try (ProgressStore store = reopen()) {
            store.recordAnswer(right(qs.get(0), T0));
        }
        ProgressStore store = open(ops);
        assertThat(store.recordAnswer(right(qs.get(1), T0)).saved()).isTrue();
        return store;
    }

    @Test
    void freedDiskResumesSavingAndSavesTheAnswersThatFailed() throws IOException {
        ProgressStore store = storeWithSavedAnswers();
        ops.bytesLeft = 100; // a journal line is longer: half of it gets written, then the disk is full
        assertThat(store.recordAnswer(right(qs.get(2), T0)).saved()).isFalse();
        assertThat(store.recordAnswer(wrong(qs.get(3), T0)).saved()).isFalse();
        assertThat(store.status().state()).isEqualTo(SaveStatus.State.WRITE_FAILED);
        assertThat(store.status().message()).contains("2 changes wait in memory").contains("tried again");
        assertThat(Files.readAllLines(dir.resolve("progress.journal"))).hasSize(1); // no half line

        ops.bytesLeft = Long.MAX_VALUE; // space freed
        assertThat(store.recordAnswer(right(qs.get(4), T0)).saved()).isTrue();
        assertThat(store.isSaving()).isTrue();
        assertThat(store.status()).isEqualTo(SaveStatus.SAVING);
        assertThat(Files.readAllLines(dir.resolve("progress.journal"))).hasSize(4);

        store.abandon(); // as if killed: only what the journal holds counts
        try (ProgressStore again = reopen()) {
            for (int i = 0; i <= 4; i++) {
                assertThat(again.record(BANK, "q" + i)).as("q" + i).isPresent();
            }
            assertThat(again.record(BANK, "q3").get().correct()).isZero();
        }
    }

    @Test
    void folderWritableAgainResumesSaving() {
        ProgressStore store = storeWithSavedAnswers();
        ops.readOnly = true;
        assertThat(store.recordAnswer(right(qs.get(2), T0)).saved()).isFalse();
        assertThat(store.status().message()).contains("Read-only file system").contains("1 change waits");
        assertThat(store.recordAnswer(right(qs.get(3), T0)).saved()).isFalse();
        ops.readOnly = false;
        assertThat(store.recordAnswer(right(qs.get(4), T0)).saved()).isTrue();
        store.close();
        try (ProgressStore again = reopen()) {
            assertThat(again.bankIds()).containsExactly(BANK);
            for (int i = 0; i <= 4; i++) {
                assertThat(again.record(BANK, "q" + i)).as("q" + i).isPresent();
            }
        }
    }

    @Test
    void closingAfterTheDiskIsFreedSavesWhatWaited() throws IOException {
        ProgressStore store = storeWithSavedAnswers();
        ops.bytesLeft = 10;
        assertThat(store.recordAnswer(right(qs.get(2), T0)).saved()).isFalse();
        store.recordSession(new SessionRecord(T0, BANK, "practice", 2, 3, 1000));
        ops.bytesLeft = Long.MAX_VALUE;
        store.close(); // no further answer: the close writes everything from memory
        assertThat(store.status()).isEqualTo(SaveStatus.SAVING);
        assertThat(Files.exists(dir.resolve("progress.journal"))).isFalse();
        try (ProgressStore again = reopen()) {
            assertThat(again.record(BANK, "q2")).isPresent();
            assertThat(again.snapshot().sessions()).hasSize(1);
        }
    }

    @Test
    void stillFullAtCloseLeavesTheSavedFilesAsTheyWere() throws IOException {
        ProgressStore store = storeWithSavedAnswers();
        byte[] file = Files.readAllBytes(dir.resolve("progress.json"));
        byte[] journal = Files.readAllBytes(dir.resolve("progress.journal"));
        ops.bytesLeft = 0;
        store.recordAnswer(right(qs.get(2), T0));
        store.recordAnswer(right(qs.get(3), T0));
        store.close();
        assertThat(store.status().state()).isEqualTo(SaveStatus.State.WRITE_FAILED);
        assertThat(store.status().message()).contains("could not save 2 changes");
        assertThat(Files.readAllBytes(dir.resolve("progress.json"))).isEqualTo(file);
        assertThat(Files.readAllBytes(dir.resolve("progress.journal"))).isEqualTo(journal);
        assertThat(Files.exists(dir.resolve("progress.json.tmp"))).isFalse();
    }

    @Test
    void theLockIsKeptWhileFailingSoNoOtherProgramWritesMeanwhile() {
        ProgressStore store = storeWithSavedAnswers();
        ops.bytesLeft = 0;
        store.recordAnswer(right(qs.get(2), T0));
        ProgressStore.OpenResult second = ProgressStore.open(dir, "default", clock);
        try (ProgressStore other = second.store()) {
            assertThat(other.status().state()).isEqualTo(SaveStatus.State.LOCKED);
        }
        store.close();
    }

    @Test
    void aJournalCutShortBehindTheStoreIsNotAppendedTo() throws IOException {
        ProgressStore store = storeWithSavedAnswers();
        ops.bytesLeft = 0;
        store.recordAnswer(right(qs.get(2), T0));
        Files.write(dir.resolve("progress.journal"), new byte[0]); // the confirmed line is gone
        ops.bytesLeft = Long.MAX_VALUE;
        assertThat(store.recordAnswer(right(qs.get(3), T0)).saved()).isTrue();
        store.abandon();
        try (ProgressStore again = reopen()) {
            for (int i = 0; i <= 3; i++) {
                assertThat(again.record(BANK, "q" + i)).as("q" + i).isPresent(); // rewritten from memory
            }
        }
    }

    @Test
    void failureWhileOpeningIsRetriedWithAFullRewrite() throws IOException {
        ProgressStore crashed = reopen();
        crashed.recordAnswer(right(qs.get(0), T0));
        crashed.abandon(); // a crash leaves q0 in the journal, so opening rewrites progress.json...
        ops.failReplace = true; // ...and that fails
        ProgressStore.OpenResult opened = ProgressStore.open(dir, "default", clock,
                ProgressStore.Options.DEFAULT.withFiles(ops));
        ProgressStore store = opened.store();
        assertThat(opened.warnings()).singleElement().asString().contains("Input/output error");
        assertThat(store.recordAnswer(right(qs.get(1), T0)).saved()).isFalse();
        ops.failReplace = false;
        assertThat(store.recordAnswer(right(qs.get(2), T0)).saved()).isTrue();
        store.abandon();
        try (ProgressStore again = reopen()) {
            for (int i = 0; i <= 2; i++) {
                assertThat(again.record(BANK, "q" + i)).as("q" + i).isPresent();
            }
        }
    }
}
