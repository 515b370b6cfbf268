package newsquiz.progress;

import static newsquiz.progress.Fixtures.BANK;
import static newsquiz.progress.Fixtures.right;
import static newsquiz.progress.Fixtures.wrong;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import newsquiz.bank.Question;
import newsquiz.progress.fsrs.CardState;
import newsquiz.progress.fsrs.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {

    static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");
    final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    final List<Question> qs = Fixtures.questions(10);

    @TempDir
    Path dir;

    ProgressStore open() {
        ProgressStore.OpenResult r = ProgressStore.open(dir, "default", clock);
        assertThat(r.warnings()).isEmpty();
        return r.store();
    }

    ProgressStore.OpenResult open(FileOps files) {
        return ProgressStore.open(dir, "default", clock, ProgressStore.Options.DEFAULT.withFiles(files));
    }

    List<String> dirListing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void answersSurviveCloseAndReopen() throws IOException {
        try (ProgressStore store = open()) {
            assertThat(store.isSaving()).isTrue();
            ProgressStore.Recorded r = store.recordAnswer(right(qs.get(0), T0));
            assertThat(r.saved()).isTrue();
            assertThat(r.rating()).isEqualTo(Rating.GOOD);
            store.recordAnswer(wrong(qs.get(1), T0.plusSeconds(5)));
            store.recordSession(new SessionRecord(T0, BANK, "practice", 1, 2, 60_000));
        }
        assertThat(dirListing()).contains("progress.json", "progress.lock").doesNotContain("progress.journal");
        String text = Files.readString(dir.resolve("progress.json"));
        assertThat(text).startsWith("{\n  \"schemaVersion\": 1,").contains("\"checksum\": \"crc32c:");
        try (ProgressStore store = open()) {
            QuestionRecord q0 = store.record(BANK, "q0").orElseThrow();
            assertThat(q0.attempts()).isEqualTo(1);
            assertThat(q0.correct()).isEqualTo(1);
            assertThat(q0.lastAnswer()).isEqualTo("the answer");
            assertThat(q0.lastMark()).isEqualTo(1.0);
            assertThat(q0.card().state()).isEqualTo(CardState.LEARNING);
            assertThat(q0.log()).hasSize(1);
            assertThat(q0.topics()).containsExactly("energy");
            assertThat(store.record(BANK, "q1").orElseThrow().correct()).isZero();
            assertThat(store.snapshot().sessions()).hasSize(1);
            store.recordAnswer(right(qs.get(0), T0.plusSeconds(700)));
        }
        assertThat(dirListing()).contains("progress.json.bak");
    }

    @Test
    void journalIsReplayedAfterACrashAndFoldedIn() throws IOException {
        ProgressStore store = open();
        store.recordAnswer(right(qs.get(0), T0));
        store.recordAnswer(right(qs.get(1), T0));
        store.abandon(); // killed: nothing folded in
        assertThat(Files.exists(dir.resolve("progress.journal"))).isTrue();
        assertThat(Files.readAllLines(dir.resolve("progress.journal"))).hasSize(2);
        try (ProgressStore again = open()) {
            assertThat(again.record(BANK, "q0")).isPresent();
            assertThat(again.record(BANK, "q1")).isPresent();
            assertThat(Files.size(dir.resolve("progress.journal"))).isZero();
        }
    }

    @Test
    void tornLastJournalLineIsDroppedAndStaleEntriesAreNotAppliedTwice() throws IOException {
        ProgressStore store = open();
        store.recordAnswer(right(qs.get(0), T0));
        store.close();
        byte[] snapshot = Files.readAllBytes(dir.resolve("progress.json"));
        store = open();
        store.recordAnswer(right(qs.get(0), T0.plusSeconds(600)));
        store.recordAnswer(right(qs.get(1), T0.plusSeconds(601)));
        store.abandon();
        Path journal = dir.resolve("progress.journal");
        List<String> lines = Files.readAllLines(journal);
        // Simulate: crash after the rename of a compaction but before the journal was deleted is
        // covered by seq; here, also tear the last line in half.
        String torn = lines.get(0) + "\n" + lines.get(1).substring(0, lines.get(1).length() / 2);
        Files.writeString(journal, torn);
        try (ProgressStore again = open()) {
            assertThat(again.record(BANK, "q0").orElseThrow().attempts()).isEqualTo(2);
            assertThat(again.record(BANK, "q1")).isEmpty();
        }
        // Now put the old journal back beside the newer file: its entries are already in, so skipped.
        Files.writeString(journal, lines.get(0) + "\n");
        try (ProgressStore again = open()) {
            assertThat(again.record(BANK, "q0").orElseThrow().attempts()).isEqualTo(2);
        }
        assertThat(snapshot).isNotEmpty();
    }

    @Test
    void corruptFileIsMovedAsideAndBackupUsed() throws IOException {
        try (ProgressStore store = open()) {
            store.recordAnswer(right(qs.get(0), T0));
        }
        try (ProgressStore store = open()) {
            store.recordAnswer(right(qs.get(1), T0));
        }
        // progress.json has q0 and q1, .bak has q0 only. Damage progress.json.
        byte[] good = Files.readAllBytes(dir.resolve("progress.json"));
        byte[] bad = Arrays.copyOf(good, good.length / 2); // truncated
        Files.write(dir.resolve("progress.json"), bad);
        ProgressStore.OpenResult r = ProgressStore.open(dir, "default", clock);
        try (ProgressStore store = r.store()) {
            assertThat(r.warnings()).hasSize(1);
            String w = r.warnings().get(0);
            assertThat(w).contains("progress.json could not be read").contains("truncated")
                    .contains("moved to " + dir.resolve("progress.json.unreadable-20250310T090000Z"))
                    .contains("restored the previous version from " + dir.resolve("progress.json.bak"));
            assertThat(store.isSaving()).isTrue();
            assertThat(store.record(BANK, "q0")).isPresent();
            assertThat(store.record(BANK, "q1")).isEmpty();
        }
        assertThat(Files.readAllBytes(dir.resolve("progress.json.unreadable-20250310T090000Z"))).isEqualTo(bad);
    }

    @Test
    void badJsonWithoutBackupStartsEmptyAndKeepsTheFile() throws IOException {
        Files.writeString(dir.resolve("progress.json"), "{\"schemaVersion\": 1, \"profiles\": {oops}}");
        ProgressStore.OpenResult r = ProgressStore.open(dir, "default", clock);
        r.store().close();
        assertThat(r.warnings()).singleElement().asString().contains("bad JSON at line 1")
                .contains("no progress.json.bak").contains("progress starts empty");
        assertThat(Files.readString(dir.resolve("progress.json.unreadable-20250310T090000Z")))
                .contains("oops");
    }

    @Test
    void secondDamageGetsAnotherName() throws IOException {
        Files.writeString(dir.resolve("progress.json"), "garbage");
        ProgressStore.open(dir, "default", clock).store().close();
        Files.writeString(dir.resolve("progress.json"), "more garbage");
        ProgressStore.open(dir, "default", clock).store().close();
        assertThat(dirListing()).contains("progress.json.unreadable-20250310T090000Z",
                "progress.json.unreadable-20250310T090000Z-2");
    }

    @Test
    void newerVersionIsLeftUntouchedAndNothingIsSaved() throws IOException {
        String newer = "{\"schemaVersion\": 7, \"profiles\": {}}\n";
        Files.writeString(dir.resolve("progress.json"), newer);
        ProgressStore.OpenResult r = ProgressStore.open(dir, "default", clock);
        try (ProgressStore store = r.store()) {
            assertThat(store.status().state()).isEqualTo(SaveStatus.State.NEWER_VERSION);
            assertThat(r.warnings()).singleElement().asString().contains("newer").contains("schemaVersion 7");
            assertThat(store.recordAnswer(right(qs.get(0), T0)).saved()).isFalse();
        }
        assertThat(Files.readString(dir.resolve("progress.json"))).isEqualTo(newer);
        assertThat(dirListing()).doesNotContain("progress.journal", "progress.json.bak");
    }

    @Test
    void versionZeroIsMigratedAndTheOriginalKept() throws IOException {
        byte[] v0;
        try (InputStream in = getClass().getResourceAsStream("/progress/v0.json")) {
            v0 = in.readAllBytes();
        }
        Files.write(dir.resolve("progress.json"), v0);
        ProgressStore.OpenResult r = ProgressStore.open(dir, "maria", clock);
        try (ProgressStore store = r.store()) {
            assertThat(r.warnings()).singleElement().asString()
                    .contains("upgraded").contains("from schema version 0 to 1")
                    .contains("progress.json.v0-20250310T090000Z");
            QuestionRecord q1 = store.record("charter", "q1").orElseThrow();
            assertThat(q1.attempts()).isEqualTo(3);
            assertThat(q1.correct()).isEqualTo(2);
            assertThat(q1.lastMark()).isEqualTo(1.0);
            assertThat(q1.lastMillis()).isEqualTo(4500);
            assertThat(q1.hash()).isEmpty();
            assertThat(store.snapshot().sessions()).singleElement()
                    .satisfies(s -> assertThat(s.durationMillis()).isEqualTo(185_000));
            // the unknown hash is adopted at the next answer, not treated as an edit
            Question q = Fixtures.tf("q1", "Baku is the capital.", true);
            store.recordAnswer(AnswerEvent.answered("charter", q, "true", 1, true, false, 1000, T0));
            QuestionRecord after = store.record("charter", "q1").orElseThrow();
            assertThat(after.edited()).isFalse();
            assertThat(after.attempts()).isEqualTo(4);
            assertThat(after.hash()).isEqualTo(QuestionHash.of(q));
        }
        assertThat(Files.readAllBytes(dir.resolve("progress.json.v0-20250310T090000Z"))).isEqualTo(v0);
        assertThat(Files.readString(dir.resolve("progress.json"))).contains("\"schemaVersion\": 1");
    }

    @Test
    void secondProcessIsToldAndSavesNothing() throws IOException {
        try (ProgressStore first = open()) {
            first.recordAnswer(right(qs.get(0), T0));
            ProgressStore.OpenResult second = ProgressStore.open(dir, "default", clock);
            assertThat(second.store().status().state()).isEqualTo(SaveStatus.State.LOCKED);
            assertThat(second.warnings()).singleElement().asString()
                    .contains("is in use by another newsquiz (pid " + ProcessHandle.current().pid())
                    .contains("will not be saved");
            // it still sees what the first one saved (from the journal)
            assertThat(second.store().record(BANK, "q0")).isPresent();
            assertThat(second.store().recordAnswer(right(qs.get(5), T0)).saved()).isFalse();
            second.store().close();
            first.recordAnswer(right(qs.get(1), T0));
        }
        try (ProgressStore store = open()) {
            assertThat(store.record(BANK, "q1")).isPresent();
            assertThat(store.record(BANK, "q5")).isEmpty();
        }
    }

    @Test
    void waitingForTheLockSucceedsOnceItIsReleased() throws Exception {
        ProgressStore first = open();
        Thread closer = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException ignored) {
                // test thread
            }
            first.close();
        });
        closer.start();
        ProgressStore.OpenResult second = ProgressStore.open(dir, "default", clock,
                ProgressStore.Options.DEFAULT.withLockWait(Duration.ofSeconds(10)));
        closer.join();
        try (ProgressStore store = second.store()) {
            assertThat(store.isSaving()).isTrue();
        }
    }

    @Test
    void readOnlyFolderLoadsButSavesNothingAndChangesNothing() throws IOException {
        try (ProgressStore store = open()) {
            store.recordAnswer(right(qs.get(0), T0));
        }
        byte[] before = Files.readAllBytes(dir.resolve("progress.json"));
        List<String> listing = dirListing();
        FaultyFileOps ro = new FaultyFileOps();
        ro.readOnly = true;
        ProgressStore.OpenResult r = open(ro);
        try (ProgressStore store = r.store()) {
            assertThat(store.status().state()).isEqualTo(SaveStatus.State.READ_ONLY);
            assertThat(r.warnings()).singleElement().asString().contains("cannot write to " + dir)
                    .contains("Read-only file system").contains("will not be saved");
            assertThat(store.record(BANK, "q0")).isPresent();
            ProgressStore.Recorded rec = store.recordAnswer(right(qs.get(1), T0));
            assertThat(rec.saved()).isFalse();
            assertThat(store.record(BANK, "q1")).isPresent(); // the session goes on in memory
        }
        assertThat(Files.readAllBytes(dir.resolve("progress.json"))).isEqualTo(before);
        assertThat(dirListing()).isEqualTo(listing);
    }

    @Test
    void fullDiskMidSessionKeepsTryingWithoutDamage() throws IOException {
        try (ProgressStore store = open()) {
            store.recordAnswer(right(qs.get(0), T0));
        }
        byte[] before = Files.readAllBytes(dir.resolve("progress.json"));
        FaultyFileOps full = new FaultyFileOps();
        ProgressStore store = open(full).store();
        assertThat(store.recordAnswer(right(qs.get(1), T0)).saved()).isTrue();
        full.bytesLeft = 100; // the next line is longer
        ProgressStore.Recorded r = store.recordAnswer(right(qs.get(2), T0));
        assertThat(r.saved()).isFalse();
        assertThat(store.status().state()).isEqualTo(SaveStatus.State.WRITE_FAILED);
        assertThat(store.status().message()).contains("No space left on device")
                .contains("what was saved before is safe");
        assertThat(store.recordAnswer(right(qs.get(3), T0)).saved()).isFalse();
        store.close(); // the disk is still full: the last try at close fails too
        assertThat(Files.readAllBytes(dir.resolve("progress.json"))).isEqualTo(before);
        assertThat(Files.readAllLines(dir.resolve("progress.journal"))).hasSize(1); // no half line
        assertThat(Files.exists(dir.resolve("progress.json.tmp"))).isFalse();
        try (ProgressStore again = open()) {
            assertThat(again.record(BANK, "q1")).isPresent();
            assertThat(again.record(BANK, "q2")).isEmpty();
        }
    }

    @Test
    void fullDiskWhileRewritingLeavesFileAndJournal() throws IOException {
        try (ProgressStore store = open()) {
            store.recordAnswer(right(qs.get(0), T0));
        }
        byte[] before = Files.readAllBytes(dir.resolve("progress.json"));
        FaultyFileOps ops = new FaultyFileOps();
        ProgressStore store = open(ops).store();
        store.recordAnswer(right(qs.get(1), T0));
        ops.bytesLeft = 50; // progress.json.tmp cannot be written
        store.close();
        assertThat(store.status().state()).isEqualTo(SaveStatus.State.WRITE_FAILED);
        assertThat(store.status().message()).contains("answers are safe in progress.journal");
        assertThat(Files.readAllBytes(dir.resolve("progress.json"))).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("progress.json.tmp"))).isFalse();
        try (ProgressStore again = open()) {
            assertThat(again.record(BANK, "q1")).isPresent();
        }
    }

    @Test
    void failedRenameLeavesEverythingRecoverable() throws IOException {
        try (ProgressStore store = open()) {
            store.recordAnswer(right(qs.get(0), T0));
        }
        FaultyFileOps ops = new FaultyFileOps();
        ProgressStore store = open(ops).store();
        store.recordAnswer(right(qs.get(1), T0));
        ops.failReplace = true;
        store.close();
        assertThat(store.status().state()).isEqualTo(SaveStatus.State.WRITE_FAILED);
        try (ProgressStore again = open()) {
            assertThat(again.record(BANK, "q0")).isPresent();
            assertThat(again.record(BANK, "q1")).isPresent();
        }
    }

    @Test
    void unreadableFileIsNotTouched() throws IOException {
        try (ProgressStore store = open()) {
            store.recordAnswer(right(qs.get(0), T0));
        }
        byte[] before = Files.readAllBytes(dir.resolve("progress.json"));
        FaultyFileOps ops = new FaultyFileOps();
        ops.failRead = true;
        ProgressStore.OpenResult r = open(ops);
        r.store().recordAnswer(right(qs.get(1), T0));
        r.store().close();
        assertThat(r.store().status().state()).isEqualTo(SaveStatus.State.UNREADABLE);
        assertThat(r.warnings()).singleElement().asString().contains("cannot read").contains("Input/output error");
        assertThat(Files.readAllBytes(dir.resolve("progress.json"))).isEqualTo(before);
    }

    @Test
    void undoPutsBackTheQuestionAsItWasAndIsSaved() {
        try (ProgressStore store = open()) {
            store.recordAnswer(right(qs.get(0), T0));
            QuestionRecord afterFirst = store.record(BANK, "q0").orElseThrow();
            store.recordAnswer(wrong(qs.get(0), T0.plusSeconds(60)));
            store.recordAnswer(right(qs.get(1), T0.plusSeconds(70)));
            assertThat(store.undoLastGrade()).get().satisfies(u -> {
                assertThat(u.questionId()).isEqualTo("q1");
                assertThat(u.restored()).isNull();
                assertThat(u.saved()).isTrue();
            });
            assertThat(store.record(BANK, "q1")).isEmpty();
            assertThat(store.undoLastGrade()).get().satisfies(u -> assertThat(u.restored()).isEqualTo(afterFirst));
            assertThat(store.record(BANK, "q0")).contains(afterFirst);
            store.undoLastGrade();
            assertThat(store.record(BANK, "q0")).isEmpty();
            assertThat(store.undoLastGrade()).isEmpty();
            store.recordAnswer(right(qs.get(2), T0.plusSeconds(80)));
        }
        try (ProgressStore store = open()) {
            assertThat(store.record(BANK, "q0")).isEmpty();
            assertThat(store.record(BANK, "q2")).isPresent();
            assertThat(store.undoLastGrade()).isEmpty(); // undo does not reach into earlier sessions
        }
    }

    @Test
    void editedQuestionStartsAFreshHistoryAndKeepsTheOld() {
        Question v1 = Fixtures.mc("q1", "Where was the charter signed?", List.of("Baku", "Paris"), 0, "diplomacy");
        Question v2 = Fixtures.mc("q1", "In which city was the charter signed?", List.of("Baku", "Paris"), 0);
        try (ProgressStore store = open()) {
            store.recordAnswer(AnswerEvent.answered(BANK, v1, "Baku", 1, true, false, 9000, T0));
            store.recordAnswer(AnswerEvent.answered(BANK, v1, "Baku", 1, true, false, 9000, T0.plusSeconds(900)));
            List<DueQuestion> due = store.dueQuestions(List.of(QuestionRef.of(BANK, v2)), T0.plusSeconds(1000), 20);
            assertThat(due).singleElement().satisfies(d -> assertThat(d.kind()).isEqualTo(DueQuestion.Kind.EDITED));
            store.recordAnswer(AnswerEvent.answered(BANK, v2, "Paris", 0, false, false, 9000, T0.plusSeconds(1000)));
        }
        try (ProgressStore store = open()) {
            QuestionRecord r = store.record(BANK, "q1").orElseThrow();
            assertThat(r.edited()).isTrue();
            assertThat(r.hash()).isEqualTo(QuestionHash.of(v2));
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.correct()).isZero();
            assertThat(r.log()).hasSize(1);
            assertThat(r.log().get(0).stateBefore()).isEqualTo(CardState.NEW);
            assertThat(r.previous()).singleElement().satisfies(old -> {
                assertThat(old.hash()).isEqualTo(QuestionHash.of(v1));
                assertThat(old.attempts()).isEqualTo(2);
            });
        }
    }

    @Test
    void dueQuestionsOrderAndNewLimit() {
        try (ProgressStore store = open()) {
            // q0: review card, long overdue; q1: review card, just due; q2: learning step due; q3: not due.
            store.recordAnswer(AnswerEvent.selfGraded(BANK, qs.get(0), Rating.EASY, 1000, T0));
            store.recordAnswer(AnswerEvent.selfGraded(BANK, qs.get(1), Rating.EASY, 1000, T0.plus(Duration.ofDays(20))));
            store.recordAnswer(AnswerEvent.selfGraded(BANK, qs.get(3), Rating.EASY, 1000, T0.plus(Duration.ofDays(29))));
            Instant now = T0.plus(Duration.ofDays(30));
            store.recordAnswer(AnswerEvent.selfGraded(BANK, qs.get(2), Rating.AGAIN, 1000, now.minusSeconds(120)));
            List<QuestionRef> refs = qs.stream().map(q -> QuestionRef.of(BANK, q)).toList();
            List<DueQuestion> due = store.dueQuestions(refs, now, 3);
            assertThat(due).extracting(d -> d.ref().questionId())
                    .containsExactly("q2", "q0", "q1", "q4", "q5"); // q2 started today: 3 - 1 = 2 new
            assertThat(due.get(0).kind()).isEqualTo(DueQuestion.Kind.LEARNING);
            assertThat(due.get(1).kind()).isEqualTo(DueQuestion.Kind.REVIEW);
            assertThat(due.get(1).retrievability()).isLessThan(due.get(2).retrievability());
            assertThat(due.get(3).kind()).isEqualTo(DueQuestion.Kind.NEW);
        }
    }

    @Test
    void weakestComeFirst() {
        try (ProgressStore store = open()) {
            Instant t = T0;
            for (int i = 0; i < 3; i++) {
                store.recordAnswer(wrong(qs.get(0), t = t.plusSeconds(30)));
                store.recordAnswer(right(qs.get(1), t = t.plusSeconds(30)));
            }
            store.recordAnswer(right(qs.get(2), t.plusSeconds(30)));
            store.recordAnswer(wrong(qs.get(2), t.plusSeconds(60)));
            List<WeakQuestion> weak = store.weakest(null, t.plus(Duration.ofDays(2)), 2);
            assertThat(weak).extracting(w -> w.ref().questionId()).containsExactly("q0", "q2");
            assertThat(weak.get(0).accuracy()).isZero();
        }
    }

    @Test
    void profilesAreSeparate() {
        try (ProgressStore store = open()) {
            store.recordAnswer(right(qs.get(0), T0));
            store.switchProfile("ana");
            assertThat(store.record(BANK, "q0")).isEmpty();
            store.recordAnswer(wrong(qs.get(1), T0));
            assertThat(store.profiles()).containsExactly("default", "ana");
            assertThat(store.undoLastGrade()).isPresent();
        }
        ProgressStore.OpenResult r = ProgressStore.open(dir, "ana", clock);
        try (ProgressStore store = r.store()) {
            assertThat(store.record(BANK, "q0")).isEmpty();
            assertThat(store.profiles()).contains("default");
        }
    }

    @Test
    void readOnlyOptionNeverWrites() throws IOException {
        Files.writeString(dir.resolve("progress.json"), "broken");
        ProgressStore.OpenResult r = ProgressStore.open(dir, "default", clock,
                ProgressStore.Options.DEFAULT.asReadOnly());
        r.store().close();
        assertThat(r.warnings()).singleElement().asString().contains("could not be read")
                .doesNotContain("moved");
        assertThat(dirListing()).containsExactly("progress.json");
        assertThat(Files.readString(dir.resolve("progress.json"), StandardCharsets.UTF_8)).isEqualTo("broken");
    }
}
