package newsquiz.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newsquiz.engine.QuizConfig;
import newsquiz.plain.DueText;
import newsquiz.progress.DueQuestion;
import newsquiz.progress.ProgressStore;
import newsquiz.progress.ReviewQueue;
import newsquiz.tui.StudyMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsquiz review}: answer the questions due for review (FSRS), across all banks or one. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Answer the questions due for review (spaced repetition), across all banks or one.",
                "Order: (re)learning steps first, then reviews with the lowest recall first, then new questions "
                + "up to a daily limit. Answers are checked and graded as in a quiz and reschedule each question "
                + "(FSRS-6). Type :undo to take back your last answer (u on the full screen, which a terminal "
                + "gets; --plain for line mode). When nothing is due, says when the next review is."})
final class ReviewCommand implements Callable<Integer> {

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
                return StudyTui.run(StudyMode.REVIEW, banks, store, clock, study, newPerDay, WeakCommand.DEFAULT_COUNT);
            }
            Instant now = clock.instant();
            ReviewQueue queue = ReviewQueue.build(banks.banks(), store, now, newPerDay);
            if (queue.isEmpty()) {
                DueText.nothingDue(queue, banks.scope(), now, clock.getZone()).forEach(lines.out()::println);
                lines.out().flush();
                return ExitCodes.OK;
            }
            List<StudyQuiz.Item> items = new ArrayList<>();
            for (ReviewQueue.Entry e : queue.entries()) {
                items.add(new StudyQuiz.Item(e.bankId(), e.question(), note(e.due())));
            }
            lines.out().println(queue.dueCount() + " due, " + queue.newCount() + " new (at most " + newPerDay
                    + " new a day).");
            StudyQuiz.run(items, QuizConfig.review(), banks.title(), "review", "review", banks, store, lines, clock,
                    study.seed());
            ReviewQueue after = ReviewQueue.build(banks.banks(), store, clock.instant(), newPerDay);
            lines.out().println(DueText.afterSession(after, clock.instant(), clock.getZone()));
            lines.out().flush();
        }
        return ExitCodes.OK;
    }

    /** Why a question is in the review, for its heading. */
    static String note(DueQuestion d) {
        switch (d.kind()) {
            case NEW:
                return "new";
            case EDITED:
                return "edited since you last answered it: new again";
            case LEARNING:
                return "learning";
            default:
                return String.format("review, recall %.0f%%", 100 * d.retrievability());
        }
    }
}
