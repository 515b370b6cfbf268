package newsquiz.cli;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import newsquiz.bank.Bank;
import newsquiz.engine.QuizSetup;
import newsquiz.progress.ProgressStore;
import newsquiz.text.TerminalLocale;
import newsquiz.tui.BankEntry;
import newsquiz.tui.Display;
import newsquiz.tui.HomeModel;
import newsquiz.tui.StudyMode;
import newsquiz.tui.Tui;

/**
 * {@code newsquiz review|flashcards|weak} in the full-screen UI, and the study rows of the home
 * screen. Choosing the front end works as for {@code play}: the line mode without a terminal, with
 * {@code TERM=dumb} or {@code --plain}, and the same one-line notice.
 */
final class StudyTui {

    private StudyTui() {
    }

    /** True when the full screen is to be used; prints the notice when it cannot be. */
    static boolean wanted(StudyOptions study, LineIo injected) {
        if (study.plain || injected != null) {
            return false; // asked for, or a test handing in its own line-mode input and output
        }
        String why = FrontEnd.whyNoFullScreen(System.getenv());
        if (why != null) {
            System.err.println("newsquiz: " + why + "; using line mode (--plain)");
        }
        return why == null;
    }

    /** Runs a {@code mode} session over {@code banks} on screen; afterwards the home screen is one key away. */
    static int run(StudyMode mode, StudyBanks banks, ProgressStore store, Clock clock, StudyOptions study,
                   int newPerDay, int weakCount) throws Exception {
        Map<String, String> env = System.getenv();
        boolean utf8 = TerminalLocale.isUtf8(env) && !study.ascii;
        StoreStudyDesk desk = new StoreStudyDesk(store, clock.getZone(), newPerDay, weakCount, study.seed());
        Supplier<HomeModel> home = home(store, desk, QuizSetup.defaults(System.nanoTime()));
        return Tui.run(now -> desk.open(mode, banks.banks(), null, now), home, Display.of(utf8),
                !TerminalLocale.noColor(env), quiz -> new ProgressQuizListener(store, quiz.bankId(), quiz.mode().name(), clock),
                new StoreLearner(store, clock.getZone()), desk);
    }

    /** The home screen on the banks in questions/, with the learner's mastery and the study rows. */
    static Supplier<HomeModel> home(ProgressStore store, StoreStudyDesk desk, QuizSetup setup) {
        return () -> withStudy(HomeModel.start(FrontEnd.bankEntries(null, null, store), setup)
                .withProfile(store.profile()), desk);
    }

    /** {@code home} offering review, flashcards and weak spots over its readable banks. */
    static HomeModel withStudy(HomeModel home, StoreStudyDesk desk) {
        List<Bank> banks = home.banks().stream().filter(BankEntry::ok).map(BankEntry::bank).toList();
        return home.withStudy(desk.counts(banks, Instant.now()));
    }
}
