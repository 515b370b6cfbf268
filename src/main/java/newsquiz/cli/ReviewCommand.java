package newsquiz.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsquiz.engine.QuizConfig;
import newsquiz.progress.DueQuestion;
import newsquiz.progress.ProgressStore;
import newsquiz.progress.ReviewQueue;
import newsquiz.tui.StudyMode;
import picocli.CommandLine.Command;

/** {@code newsquiz review}: answer the questions due for review (FSRS), across all banks or one. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Answer the questions due for review (spaced repetition), across all banks or one.",
                "Order: (re)learning steps first, then reviews with the lowest recall first, then new questions "
                + "up to a daily limit. Answers are checked and graded as in a quiz and reschedule each question "
                + "(FSRS-6). Type :undo to take back your last answer (u on the full screen, which a terminal "
                + "gets; --plain for line mode). When nothing is due, says when the next review is."})
final class ReviewCommand extends DueQueueCommand {

    @Override
    StudyMode mode() {
        return StudyMode.REVIEW;
    }

    @Override
    void runLineSession(ReviewQueue queue, StudyBanks banks, ProgressStore store, LineIo lines, Instant now)
            throws Exception {
        List<StudyQuiz.Item> items = new ArrayList<>();
        for (ReviewQueue.Entry e : queue.entries()) {
            items.add(new StudyQuiz.Item(e.bankId(), e.question(), note(e.due())));
        }
        StudyQuiz.run(items, QuizConfig.review(), banks.title(), "review", "review", banks, store, lines, clock,
                study.seed());
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
