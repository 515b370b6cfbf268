package newsquiz.cli;

import java.time.Instant;
import newsquiz.plain.DueText;
import newsquiz.progress.ProgressStore;
import newsquiz.progress.ReviewQueue;
import picocli.CommandLine.Mixin;

/**
 * What {@code review} and {@code flashcards} share: the questions due now plus today's new ones,
 * on the full screen in a terminal, otherwise in line mode between a line that says what is due
 * and one that says when the next review is. Subclasses say only how one line-mode session runs.
 */
abstract class DueQueueCommand extends StudyCommand {

    @Mixin
    NewPerDayOption newPerDayOption;

    /** Runs one line-mode session on {@code queue} (not empty), recording into {@code store}. */
    abstract void runLineSession(ReviewQueue queue, StudyBanks banks, ProgressStore store, LineIo lines, Instant now)
            throws Exception;

    @Override
    public Integer call() throws Exception {
        int newPerDay = newPerDayOption.checked(spec);
        return run(newPerDay, WeakCommand.DEFAULT_COUNT, (banks, store, lines) -> {
            Instant now = clock.instant();
            ReviewQueue queue = ReviewQueue.build(banks.banks(), store, now, newPerDay);
            if (queue.isEmpty()) {
                DueText.nothingDue(queue, banks.scope(), now, clock.getZone()).forEach(lines.out()::println);
                lines.out().flush();
                return;
            }
            lines.out().println(queue.dueCount() + " due, " + queue.newCount() + " new (at most " + newPerDay
                    + " new a day).");
            runLineSession(queue, banks, store, lines, now);
            ReviewQueue after = ReviewQueue.build(banks.banks(), store, clock.instant(), newPerDay);
            lines.out().println(DueText.afterSession(after, clock.instant(), clock.getZone()));
            lines.out().flush();
        });
    }
}
