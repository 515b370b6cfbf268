package newsquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import newsquiz.bank.Bank;
import newsquiz.bank.BankJson;
import newsquiz.bank.Question;
import newsquiz.engine.QuizConfig;
import newsquiz.progress.ProgressStore;
import newsquiz.progress.ReviewEntry;
import newsquiz.progress.SessionRecord;
import newsquiz.progress.fsrs.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** review, flashcards and weak: line-mode flows from piped answers, and their errors. */
class StudyCommandsTest {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    static final String TINY = "src/test/resources/banks/tiny.json";

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String input, Instant now, String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        LineIo io = new LineIo(new BufferedReader(new StringReader(input)), new PrintWriter(out, true), true, true);
        Object command = cli.getSubcommands().get(args[0]).getCommand();
        if (command instanceof ReviewCommand r) {
            r.clock = clock;
            r.io = io;
        } else if (command instanceof FlashcardsCommand f) {
            f.clock = clock;
            f.io = io;
        } else if (command instanceof WeakCommand w) {
            w.clock = clock;
            w.io = io;
        }
        return cli.execute(args);
    }

    ProgressStore store() {
        return ProgressStore.open(dir, "default", Clock.fixed(T0, ZoneOffset.UTC),
                ProgressStore.Options.DEFAULT.asReadOnly()).store();
    }

    List<Rating> ratings(ProgressStore store, String bank, String id) {
        return store.record(bank, id).map(r -> r.log().stream().map(ReviewEntry::rating).toList()).orElse(List.of());
    }

    // ------------------------------------------------------------------ review

    @Test
    void reviewAsksNewQuestionsUpToTheLimitAndRecordsThem() {
        int code = run("\n:undo\n\n\nf\n", T0, "review", "--bank", TINY, "--data", dir.toString(), "--new-per-day", "3",
                "--seed", "1");
        assertThat(code).isEqualTo(ExitCodes.OK);
        String text = out.toString();
        assertThat(text).contains("0 due, 3 new (at most 3 new a day).")
                .contains("Tiny test bank - review, 3 questions")
                .contains("Question 1 of 3  |  score 0  |  new")
                .contains("Took back your last answer")
                .contains("Correct 1, partly correct 0, wrong 0, skipped 2")
                .contains("Next review due: 2025-03-01 10:01 (in 1 min).");
        assertThat(err.toString()).isEmpty();
        try (ProgressStore store = store()) {
            assertThat(ratings(store, "tiny", "mc")).containsExactly(Rating.AGAIN);
            assertThat(ratings(store, "tiny", "ms")).containsExactly(Rating.AGAIN);
            assertThat(ratings(store, "tiny", "tf")).containsExactly(Rating.EASY);
            assertThat(store.snapshot().sessions()).singleElement().satisfies(s -> {
                assertThat(s.mode()).isEqualTo("review");
                assertThat(s.bankId()).isEqualTo("tiny");
            });
        }
    }

    @Test
    void nothingDueSaysWhenTheNextReviewIsAndWhyNoNewQuestions() {
        run("\n\nf\n", T0, "review", "--bank", TINY, "--data", dir.toString(), "--new-per-day", "3");
        out.getBuffer().setLength(0);
        int code = run("", T0.plusSeconds(5), "review", "--bank", TINY, "--data", dir.toString(), "--new-per-day", "3");
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEqualTo(String.join(System.lineSeparator(),
                "Nothing to review now in 'Tiny test bank'.",
                "Next review due: 2025-03-01 10:01 (in 55 s).",
                "5 new questions wait for tomorrow: today's limit of 3 new questions is reached "
                        + "(--new-per-day N to change it).", ""));

        out.getBuffer().setLength(0);
        run("\n\n", T0.plusSeconds(61), "review", "--bank", TINY, "--data", dir.toString(), "--new-per-day", "3");
        assertThat(out.toString()).contains("2 due, 0 new").contains("|  learning");
    }

    @Test
    void reviewOfAllBanksWithNoNewAllowedOnAFreshProfile() {
        int code = run("", T0, "review", "--data", dir.toString(), "--new-per-day", "0", "--profile", "ana");
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("Nothing to review now in '")
                .endsWith(" new questions are left out (--new-per-day 0)." + System.lineSeparator());
        assertThat(Files.exists(dir.resolve("progress.json"))).isFalse();
    }

    @Test
    void unknownBankIsAOneLineError() {
        for (String cmd : List.of("review", "flashcards", "weak")) {
            err.getBuffer().setLength(0);
            int code = run("", T0, cmd, "--bank", dir.resolve("nope.json").toString(), "--data", dir.toString());
            assertThat(code).as(cmd).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(err.toString().strip()).as(cmd).isEqualTo("newsquiz: " + dir.resolve("nope.json") + ": no such file");
        }
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertThat(run("", T0, "review", "--new-per-day", "-1")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--new-per-day must be 0 or more");
        assertThat(run("", T0, "flashcards", "--new-per-day", "x")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("", T0, "weak", "--count", "0")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--count must be 1 or more");
        err.getBuffer().setLength(0);
        assertThat(run("", T0, "review", "--bank", TINY, "--profile", " ")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).startsWith("newsquiz: a profile name is 1 to 40 characters");
        // A name the locale could not decode (LANG=C turns "Zoë" into "Zo" and two U+FFFD) is
        // refused, not saved as a second, garbled profile.
        err.getBuffer().setLength(0);
        assertThat(run("", T0, "review", "--bank", TINY, "--profile", "Zo\uFFFD\uFFFD")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).startsWith("newsquiz: the profile name 'Zo??' could not be read in this locale");
        assertThat(dir.resolve("progress.json")).doesNotExist();
    }

    // ------------------------------------------------------------------ flashcards

    @Test
    void flashcardsGradeRecordAndGoIntoTheScoreHistory() {
        int code = run("\n\n\n1\n", T0, "flashcards", "--bank", TINY, "--data", dir.toString(), "--new-per-day", "2");
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("0 due, 2 new").contains("Tiny test bank - flashcards, 2 cards")
                .contains("Graded 2 of 2: again 1, hard 0, good 1, easy 0")
                .contains("Next review due: 2025-03-01 10:01 (in 1 min).");
        try (ProgressStore store = store()) {
            assertThat(ratings(store, "tiny", "mc")).containsExactly(Rating.GOOD);
            assertThat(ratings(store, "tiny", "ms")).containsExactly(Rating.AGAIN);
            List<SessionRecord> sessions = store.snapshot().sessions();
            assertThat(sessions).singleElement().satisfies(s -> {
                assertThat(s.mode()).isEqualTo("flashcards");
                assertThat(s.score()).isEqualTo(1);
                assertThat(s.max()).isEqualTo(2);
            });
        }
    }

    @Test
    void flashcardsWithNothingDue() {
        int code = run("", T0, "flashcards", "--bank", TINY, "--data", dir.toString(), "--new-per-day", "0");
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("Nothing to review now in 'Tiny test bank'.");
    }

    @Test
    void flashcardsStoppedBeforeAnyGradeRecordNoSession() {
        run(":quit\n", T0, "flashcards", "--bank", TINY, "--data", dir.toString());
        assertThat(out.toString()).contains("Stopped").contains("Graded 0 of 8");
        try (ProgressStore store = store()) {
            assertThat(store.profileExists()).isFalse();
        }
    }

    // ------------------------------------------------------------------ weak spots

    @Test
    void weakWithoutHistoryTellsWhatToDoFirst() {
        int code = run("", T0, "weak", "--bank", TINY, "--data", dir.toString());
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString().strip()).isEqualTo("No weak spots yet in 'Tiny test bank': nothing answered there so far. "
                + "Play a quiz or run a review first.");
    }

    @Test
    void weakAsksTheWeakestFirst() {
        run("\n\nf\n", T0, "review", "--bank", TINY, "--data", dir.toString(), "--new-per-day", "3");
        out.getBuffer().setLength(0);
        // skip the first (so the session counts: one quit before any answer or skip is not kept), then quit
        int code = run("\n:quit\n", T0.plusSeconds(30), "weak", "--bank", TINY, "--data", dir.toString(),
                "--count", "2");
        assertThat(code).isEqualTo(ExitCodes.OK);
        String text = out.toString();
        assertThat(text).contains("Tiny test bank - weak spots, 2 questions")
                .contains("Question 1 of 2  |  score 0  |  recall 100%, right 0 of 1")
                .doesNotContain("The vote was unanimous."); // answered right: not among the two weakest
        try (ProgressStore store = store()) {
            assertThat(store.snapshot().sessions()).extracting(SessionRecord::mode).containsExactly("review", "weak");
        }
    }

    // ------------------------------------------------------------------ several banks

    @Test
    void aQuizOverTwoBanksRecordsEachAnswerUnderItsOwnBank() throws Exception {
        Bank tiny = BankJson.read(Path.of(TINY));
        Question tf = tiny.questions().stream().filter(q -> q.id().equals("tf")).findFirst().orElseThrow();
        // the same question in another bank (read again, so another object, as two bank files give)
        Question tf2 = BankJson.read(Path.of(TINY)).questions().stream().filter(q -> q.id().equals("tf")).findFirst()
                .orElseThrow();
        Bank other = new Bank(1, "other", "Other", "", "en", null, List.of(), false, List.of(tf2));
        StudyBanks banks = StudyBanks.of(List.of(tiny, other));
        assertThat(banks.scope()).isEqualTo("all 2 banks");
        assertThat(banks.sessionBankId()).isEqualTo(StudyBanks.ALL_BANKS);
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        try (ProgressStore store = ProgressStore.open(dir, "default", clock).store()) {
            LineIo io = new LineIo(new BufferedReader(new StringReader("f\nt\n")), new PrintWriter(out, true), true, true);
            StudyQuiz.run(List.of(new StudyQuiz.Item("tiny", tf, "new"), new StudyQuiz.Item("other", tf2, null)),
                    QuizConfig.review(), banks.title(), "review", "review", banks, store, io, clock, 1);
            assertThat(ratings(store, "tiny", "tf")).containsExactly(Rating.EASY);
            assertThat(ratings(store, "other", "tf")).containsExactly(Rating.AGAIN);
            assertThat(store.snapshot().sessions()).extracting(SessionRecord::bankId).containsExactly("(all banks)");
        }
        assertThat(out.toString()).contains("All banks - review, 2 questions").contains("|  tiny, new")
                .contains("|  other");
    }
}
