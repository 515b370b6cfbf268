package newsquiz.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import newsquiz.plain.DueText;
import newsquiz.plain.PlainFlashcards;
import newsquiz.progress.FlashcardSession;
import newsquiz.progress.ProgressStore;
import newsquiz.progress.ReviewQueue;
import newsquiz.progress.SessionRecord;
import newsquiz.tui.StudyMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsquiz flashcards}: see the prompt, reveal the answer, grade yourself 1-4. */
@Command(name = "flashcards", mixinStandardHelpOptions = true,
        description = {"Flashcards of the questions due: show the answer, grade yourself 1-4.",
                "Due cards first, then new ones up to a daily limit. See the prompt, press Enter to show the "
                + "answer, grade yourself 1 again, 2 hard, 3 good, 4 easy (Enter = good); your grade reschedules "
                + "the question (FSRS-6). Type :undo to take back your last grade (on the full screen, which a "
                + "terminal gets: Space shows, 1-4 grade, u undoes; --plain for line mode)."})
final class FlashcardsCommand implements Callable<Integer> {

    @Mixin
    StudyOptions study;

    @Mixin
    NewPerDayOption newPerDayOption;

    @Spec
    CommandSpec spec;

    Clock clock = Clock.systemDefaultZone();
    LineIo io;

    @Override
    public Integer call() throws Exception {
        int newPerDay = newPerDayOption.checked(spec);
        String profile = study.profile();
        PrintWriter err = spec.commandLine().getErr();
        StudyBanks banks = StudyBanks.load(study.bank, err);
        LineIo lines = io != null ? io : LineIo.system();
        try (LearnerProgress progress = LearnerProgress.open(study.data, profile, clock, err)) {
            ProgressStore store = progress.store();
            if (StudyTui.wanted(study, io)) {
                return StudyTui.run(StudyMode.FLASHCARDS, banks, store, clock, study, newPerDay, WeakCommand.DEFAULT_COUNT);
            }
            Instant now = clock.instant();
            ReviewQueue queue = ReviewQueue.build(banks.banks(), store, now, newPerDay);
            if (queue.isEmpty()) {
                DueText.nothingDue(queue, banks.scope(), now, clock.getZone()).forEach(lines.out()::println);
                lines.out().flush();
                return ExitCodes.OK;
            }
            lines.out().println(queue.dueCount() + " due, " + queue.newCount() + " new (at most " + newPerDay
                    + " new a day).");
            FlashcardSession done = new PlainFlashcards(lines.in(), lines.out(), lines.utf8(), clock, store)
                    .echoingInput(lines.echo())
                    .run(banks.title(), FlashcardSession.start(FlashcardSession.Card.of(queue), now), study.seed());
            SessionRecord session = done.sessionRecord(banks.sessionBankId());
            if (session != null) {
                store.recordSession(session);
            }
            ReviewQueue after = ReviewQueue.build(banks.banks(), store, clock.instant(), newPerDay);
            lines.out().println(DueText.afterSession(after, clock.instant(), clock.getZone()));
            lines.out().flush();
        }
        return ExitCodes.OK;
    }
}
