package newsquiz.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import newsquiz.plain.DueText;
import newsquiz.progress.ProgressStore;
import newsquiz.progress.ReviewQueue;
import newsquiz.tui.StudyMode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@code review} and {@code flashcards} share: the questions due now plus today's new ones,
 * on the full screen in a terminal, otherwise in line mode between a line that says what is due
 * and one that says when the next review is. Subclasses say only how one line-mode session runs.
 */
abstract class DueQueueCommand implements Callable<Integer> {

    @Mixin
    StudyOptions study;

    @Mixin
    NewPerDayOption newPerDayOption;

    @Spec
    CommandSpec spec;

    Clock clock = Clock.systemDefaultZone();
    LineIo io;

    /** The mode the full screen opens in. */
    abstract StudyMode mode();

    /** Runs one line-mode session on {@code queue} (not empty), recording into {@code store}. */
    abstract void runLineSession(ReviewQueue queue, StudyBanks banks, ProgressStore store, LineIo lines, Instant now)
            throws Exception;

    @Override
    public Integer call() throws Exception {
        int newPerDay = newPerDayOption.checked(spec);
        PrintWriter err = spec.commandLine().getErr();
        StudyBanks banks = StudyBanks.load(study.bank, err);
        LineIo lines = io != null ? io : LineIo.system();
        try (LearnerProgress progress = LearnerProgress.open(study.data, study.profile(), clock, err)) {
            ProgressStore store = progress.store();
            if (StudyTui.wanted(study, io)) {
                return StudyTui.run(mode(), banks, store, clock, study, newPerDay, WeakCommand.DEFAULT_COUNT);
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
            runLineSession(queue, banks, store, lines, now);
            ReviewQueue after = ReviewQueue.build(banks.banks(), store, clock.instant(), newPerDay);
            lines.out().println(DueText.afterSession(after, clock.instant(), clock.getZone()));
            lines.out().flush();
        }
        return ExitCodes.OK;
    }
}
