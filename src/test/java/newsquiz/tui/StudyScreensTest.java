package newsquiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsquiz.bank.Bank;
import newsquiz.bank.Question;
import newsquiz.cli.StoreStudyDesk;
import newsquiz.engine.AnswerRecord;
import newsquiz.plain.DueText;
import newsquiz.progress.AnswerEvent;
import newsquiz.progress.FileOps;
import newsquiz.progress.GradePreview;
import newsquiz.progress.ProgressStore;
import newsquiz.progress.QuestionRecord;
import newsquiz.progress.RealFileOps;
import newsquiz.progress.ReviewEntry;
import newsquiz.progress.SessionRecord;
import newsquiz.progress.fsrs.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Review, flashcards and weak spots on screen, driven key by key through the real loop on a virtual
 * terminal, with a real progress store in a temporary folder: golden snapshots of each screen, what
 * reaches the store and when, and undo.
 */
class StudyScreensTest {

    static final Instant T0 = TestClock.START;
    static final Bank TINY = Fixtures.tiny();

    @TempDir
    Path dir;

    /** Recording fails from the moment this is set, as on a disk that has filled up. */
    final DiskFull disk = new DiskFull();
    ProgressStore store;
    Harness h;
    /** The screen as it was each time an answer or grade reached the store. */
    final List<String> screenAtRecord = new ArrayList<>();

    static Stream<Arguments> sizes() {
        return Stream.of(Arguments.of(80, 24), Arguments.of(40, 12));
    }

    ProgressStore openStore() {
        store = ProgressStore.open(dir, "default", Clock.fixed(T0, ZoneOffset.UTC),
                ProgressStore.Options.DEFAULT.withFiles(disk)).store();
        return store;
    }

    /** The loop on the first screen of {@code mode} over the tiny bank, at most {@code newPerDay} new questions. */
    Harness open(StudyMode mode, int newPerDay, int columns, int rows) {
        if (store == null) {
            openStore();
        }
        StudyDesk desk = new Watched(new StoreStudyDesk(store, ZoneOffset.UTC, newPerDay, 10, 7));
        h = new Harness(desk.open(mode, List.of(TINY), null, T0), columns, rows);
        h.loop.withStudy(desk);
        return h;
    }

    Question question(String id) {
        return TINY.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    Optional<QuestionRecord> record(String id) {
        return store.record(TINY.id(), id);
    }

    List<Rating> ratings(String id) {
        return record(id).map(r -> r.log().stream().map(ReviewEntry::rating).toList()).orElse(List.of());
    }

    /** The letter a choice is shown under (choices are shuffled). */
    static String letterOf(String screen, String choice) {
        Matcher m = Pattern.compile("([A-Z])  " + Pattern.quote(choice)).matcher(screen);
        assertThat(m.find()).as("choice %s on screen:%n%s", choice, screen).isTrue();
        return m.group(1).toLowerCase();
    }

    // ------------------------------------------------------------------ golden screens

    @ParameterizedTest(name = "at {0}x{1}")
    @MethodSource("sizes")
    void reviewScreens(int columns, int rows) {
        String size = columns + "x" + rows;
        open(StudyMode.REVIEW, 3, columns, rows);
        Golden.check("study-review-" + size, h.text());
        h.keys(letterOf(h.text(), "Brockley"));
        Golden.check("study-review-feedback-" + size, h.text());
        h.keys("<enter>", "q", "r");
        Golden.check("study-review-summary-" + size, h.text());
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @MethodSource("sizes")
    void flashcardScreens(int columns, int rows) {
        String size = columns + "x" + rows;
        open(StudyMode.FLASHCARDS, 3, columns, rows);
        Golden.check("flashcards-front-" + size, h.text());
        h.keys(" ");
        Golden.check("flashcards-revealed-" + size, h.text());
        h.keys("3", "q");
        Golden.check("flashcards-summary-" + size, h.text());
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @MethodSource("sizes")
    void nothingDueAndHomeRows(int columns, int rows) {
        String size = columns + "x" + rows;
        openStore();
        for (Question q : TINY.questions()) {
            store.recordAnswer(AnswerEvent.selfGraded(TINY.id(), q, Rating.EASY, 2000, T0.minus(Duration.ofHours(1))));
        }
        open(StudyMode.REVIEW, 20, columns, rows);
        String screen = h.text();
        assertThat(screen).contains("Nothing to review now").doesNotContain("rror");
        Golden.check("study-nothing-due-" + size, screen);

        Harness home = new Harness(Fixtures.home().withStudy(new StudyCounts(5, 3, 8)), columns, rows);
        home.keys("<down>", "<down>", "<down>", "<down>", "<down>", "<down>");
        Golden.check("home-study-" + size, home.text());
    }

    @Test
    void weakSpotsAskTheWeakestAnsweredQuestionsWithTheirRecord() {
        openStore();
        store.recordAnswer(AnswerEvent.answered(TINY.id(), question("tf"), "true", 0, false, false, 4000,
                T0.minus(Duration.ofDays(2))));
        open(StudyMode.WEAK, 20, 80, 24);
        String screen = h.text();
        assertThat(screen).contains("Weak spots · Tiny test bank", "The vote was unanimous.", "right 0 of 1", "Q 1/1");
        Golden.check("study-weak-80x24", screen);
    }

    @Test
    void weakSpotsWithNothingAnsweredSaySoKindly() {
        open(StudyMode.WEAK, 20, 80, 24);
        assertThat(h.text()).contains("No weak spots yet in 'Tiny test bank'").contains("Enter home");
        h.keys("q");
        assertThat(h.exitCode()).isZero();
    }

    @Test
    void theHomeScreensRowsOpenEachModeOnItsBanksAndComeBackHome() {
        openStore();
        StudyDesk desk = new Watched(new StoreStudyDesk(store, ZoneOffset.UTC, 2, 10, 7));
        HomeModel home = Fixtures.home().withStudy(desk.counts(List.of(TINY), T0));
        h = new Harness(home, 80, 24);
        h.loop.withStudy(desk);
        assertThat(h.text()).contains("Review        2 new", "Weak spots    nothing answered yet");
        h.keys("<down>", "<down>", "<down>", "<down>", "<down>", "<down>", "<down>"); // Flashcards
        h.keys("<enter>");
        assertThat(h.screenModel()).isInstanceOf(FlashcardsModel.class);
        assertThat(h.text()).contains("Flashcards · Tiny test bank", "card 1/2");
        h.keys(" ", "3", "q", "<enter>");
        assertThat(ratings("mc")).containsExactly(Rating.GOOD);
        assertThat(h.screenModel()).as("back home").isInstanceOf(HomeModel.class);
        // This harness's fresh home screen offers no study modes: the focus must not point past its rows.
        assertThat(h.text()).contains("› 1  Tiny test bank").doesNotContain("Flashcards");
    }

    // ------------------------------------------------------------------ recording and undo

    @Test
    void aReviewSessionIsRecordedAnswerByAnswerAndUndoRestoresTheCardAsItWas() throws IOException {
        // The town question was answered a month ago (another run of the program): it is due now.
        openStore();
        store.recordAnswer(AnswerEvent.answered(TINY.id(), question("mc"), "Brockley", 1, true, false, 3000,
                T0.minus(Duration.ofDays(30))));
        store.close();
        openStore();
        QuestionRecord before = record("mc").orElseThrow();

        open(StudyMode.REVIEW, 1, 80, 24);
        assertThat(h.text()).contains("Which town voted?", "Q 1/2").contains("review, recall");

        h.keys(letterOf(h.text(), "Ashford")); // wrong
        Rating first = before.log().get(0).rating();
        assertThat(ratings("mc")).containsExactly(first, Rating.AGAIN);
        assertThat(screenAtRecord).hasSize(1);
        assertThat(screenAtRecord.get(0)).as("recorded before its feedback was drawn").doesNotContain("Wrong")
                .contains("Pick one answer.");
        assertThat(h.text()).contains("✗ Wrong", "u undo");

        h.keys("u");
        assertThat(record("mc")).as("the card as it was before the session").contains(before);
        assertThat(h.text()).contains("Which town voted?", "Q 1/2", "Took back your last answer");

        h.keys(letterOf(h.text(), "Brockley"));
        assertThat(ratings("mc")).hasSize(2).doesNotContain(Rating.AGAIN);
        assertThat(record("mc").orElseThrow().correct()).isEqualTo(2);
        h.keys("<enter>");
        assertThat(h.text()).contains("Which were funded?", "Q 2/2", "new");
        h.keys("s"); // a skip is recorded as not recalled
        assertThat(ratings("ms")).containsExactly(Rating.AGAIN);
        h.keys("<enter>");
        assertThat(h.text()).contains("Reviewed 2 questions", "✓ 1 correct", "- 1 skipped", "Next review due: 2025-01-01 10:01");
        assertThat(store.snapshot().sessions()).as("not until the summary is left").isEmpty();

        // Undo still works from the summary, one answer at a time, but never past the session's start.
        h.keys("u");
        assertThat(record("ms")).isEmpty();
        h.keys("u");
        assertThat(record("mc")).contains(before);
        h.keys("u");
        assertThat(h.text()).contains("Nothing to take back yet.");
        assertThat(record("mc")).contains(before);

        h.keys(letterOf(h.text(), "Brockley"), "<enter>", "s", "<enter>", "<enter>");
        List<SessionRecord> sessions = store.snapshot().sessions();
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).mode()).isEqualTo("review");
        assertThat(sessions.get(0).bankId()).isEqualTo(TINY.id());
        assertThat(sessions.get(0).score()).isEqualTo(1);
        assertThat(h.screenModel()).isInstanceOf(HomeModel.class);
        store.close();

        // Everything above is on disk: a new run of the program sees it.
        openStore();
        assertThat(ratings("mc")).hasSize(2).doesNotContain(Rating.AGAIN);
        assertThat(record("mc").orElseThrow().attempts()).isEqualTo(2);
        assertThat(ratings("ms")).containsExactly(Rating.AGAIN);
        assertThat(store.snapshot().sessions()).hasSize(1);
    }

    @Test
    void whileTypingAnAnswerUIsALetterAndUndoWaitsForTheFeedback() {
        open(StudyMode.REVIEW, 4, 80, 24);
        h.keys(letterOf(h.text(), "Brockley"), "<enter>", "s", "<enter>", "t", "<enter>");
        assertThat(h.text()).contains("Who chaired the meeting?").doesNotContain("u undo");
        h.keys("u");
        assertThat(ratings("tf")).as("not taken back").hasSize(1);
        assertThat(h.text()).contains("u_");
        h.keys("<enter>");
        assertThat(ratings("sa")).containsExactly(Rating.AGAIN);
        assertThat(h.text()).contains("✗ Wrong", "u undo");
        h.keys("u");
        assertThat(record("sa")).isEmpty();
        assertThat(ratings("tf")).hasSize(1);
    }

    @Test
    void flashcardsShowEachGradesIntervalRecordTheGradeFirstAndTakeItBack() {
        open(StudyMode.FLASHCARDS, 2, 80, 24);
        assertThat(h.text()).contains("card 1/2", "Which town voted?", "Space show answer").doesNotContain("Brockley held");
        h.keys("<enter>");
        GradePreview p = GradePreview.of(store, TINY.id(), question("mc"), T0);
        assertThat(h.text()).contains("Answer: Brockley", "Why: Brockley held the vote.",
                "1 Again " + DueText.span(p.again()), "4 Easy " + DueText.span(p.easy()));

        h.keys(" "); // Space on a revealed card is Good
        assertThat(ratings("mc")).containsExactly(Rating.GOOD);
        assertThat(record("mc").orElseThrow().lastAnswer()).as("self-graded, no answer text").isNull();
        assertThat(screenAtRecord.get(0)).as("recorded before the next card was drawn").contains("Which town voted?")
                .doesNotContain("card 2/2");
        assertThat(h.text()).contains("card 2/2", "Card 1: Good: next review in " + DueText.span(p.good()));

        h.keys("u");
        assertThat(record("mc")).isEmpty();
        assertThat(h.text()).contains("card 1/2", "Answer: Brockley", "Took back your grade (good) for card 1");
        h.keys("1");
        assertThat(ratings("mc")).containsExactly(Rating.AGAIN);
        h.keys(" ", "4");
        assertThat(ratings("ms")).containsExactly(Rating.EASY);
        assertThat(h.text()).contains("Graded 2 of 2 cards", "1 again", "1 easy");
        h.keys("q");
        assertThat(h.exitCode()).isZero();
        SessionRecord s = store.snapshot().sessions().get(0);
        assertThat(s.mode()).isEqualTo("flashcards");
        assertThat(s.score()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(2);
    }

    @Test
    void whenSavingFailsTheQuizGoesOnAndTheWarningStays() {
        open(StudyMode.REVIEW, 3, 80, 24);
        h.keys(letterOf(h.text(), "Brockley"));
        assertThat(h.text()).doesNotContain("not saved");
        disk.full = true;
        h.keys("<enter>", "s");
        assertThat(h.text()).contains("- Skipped").contains("progress is not being saved");
        h.keys("<enter>");
        String screen = h.text();
        assertThat(screen).contains("The vote was unanimous.").contains("progress is not being saved");
        Golden.check("study-review-not-saving-80x24", screen);
        h.keys("t", "<enter>");
        assertThat(h.text()).contains("Reviewed 3 questions").contains("progress is not being saved");
        assertThat(ratings("mc")).hasSize(1);
    }

    @Test
    void ctrlCInTheMiddleAsksThenASecondRecordsTheSessionAndExits130() {
        open(StudyMode.FLASHCARDS, 3, 80, 24);
        h.keys(" ", "3", "<c-c>");
        assertThat(h.exitCode()).as("the first Ctrl-C only asks").isNull();
        assertThat(h.text()).contains("Quit newsquiz?").contains("Every grade so far is saved.");
        h.keys("x");
        assertThat(h.text()).as("any other key goes on").doesNotContain("Quit newsquiz?");
        h.keys("<c-c>", "<c-c>");
        assertThat(h.exitCode()).isEqualTo(130);
        assertThat(store.snapshot().sessions()).hasSize(1);
    }

    @Test
    void qInTheQuitQuestionLeavesWithZero() {
        open(StudyMode.FLASHCARDS, 3, 80, 24);
        h.keys(" ", "3", "<c-c>", "q");
        assertThat(h.exitCode()).isZero();
        assertThat(store.snapshot().sessions()).hasSize(1);
    }

    // ------------------------------------------------------------------ helpers

    /** The real desk, noting the screen each time an answer or grade reaches the store. */
    final class Watched implements StudyDesk {
        private final StudyDesk real;

        Watched(StudyDesk real) {
            this.real = real;
        }

        @Override
        public ScreenModel open(StudyMode mode, List<Bank> banks, HomeModel home, Instant now) {
            return real.open(mode, banks, home, now);
        }

        @Override
        public StudyCounts counts(List<Bank> banks, Instant now) {
            return real.counts(banks, now);
        }

        @Override
        public void answered(String bankId, AnswerRecord record) {
            screenAtRecord.add(h.text());
            real.answered(bankId, record);
        }

        @Override
        public void graded(AnswerEvent event) {
            screenAtRecord.add(h.text());
            real.graded(event);
        }

        @Override
        public boolean undo() {
            return real.undo();
        }

        @Override
        public GradePreview preview(String bankId, Question question, Instant now) {
            return real.preview(bankId, question, now);
        }

        @Override
        public void finished(SessionRecord session) {
            real.finished(session);
        }

        @Override
        public String outlook(StudyScope scope, Instant now) {
            return real.outlook(scope, now);
        }

        @Override
        public String warning() {
            return real.warning();
        }
    }

    /** Real files, except that appending fails once {@link #full} is set. */
    static final class DiskFull implements FileOps {
        volatile boolean full;
        private final FileOps real = RealFileOps.INSTANCE;

        @Override
        public boolean exists(Path path) {
            return real.exists(path);
        }

        @Override
        public byte[] readAll(Path path) throws IOException {
            return real.readAll(path);
        }

        @Override
        public void createDirectories(Path d) throws IOException {
            real.createDirectories(d);
        }

        @Override
        public Sink create(Path path) throws IOException {
            return real.create(path);
        }

        @Override
        public Sink append(Path path) throws IOException {
            Sink sink = real.append(path);
            return new Sink() {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    if (full) {
                        throw new IOException("No space left on device");
                    }
                    sink.write(bytes, offset, length);
                }

                @Override
                public void sync() throws IOException {
                    sink.sync();
                }

                @Override
                public long size() throws IOException {
                    return sink.size();
                }

                @Override
                public void truncate(long size) throws IOException {
                    sink.truncate(size);
                }

                @Override
                public void close() throws IOException {
                    sink.close();
                }
            };
        }

        @Override
        public void replace(Path from, Path to) throws IOException {
            real.replace(from, to);
        }

        @Override
        public void moveAside(Path from, Path to) throws IOException {
            real.moveAside(from, to);
        }

        @Override
        public void linkOrCopy(Path existing, Path copy) throws IOException {
            real.linkOrCopy(existing, copy);
        }

        @Override
        public void deleteIfExists(Path path) throws IOException {
            real.deleteIfExists(path);
        }

        @Override
        public void syncDirectory(Path d) throws IOException {
            real.syncDirectory(d);
        }

        @Override
        public Lock tryLock(Path lockFile, String owner) throws IOException {
            return real.tryLock(lockFile, owner);
        }

        @Override
        public String lockOwner(Path lockFile) {
            return real.lockOwner(lockFile);
        }
    }
}
