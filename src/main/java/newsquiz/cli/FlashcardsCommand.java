package newsquiz.cli;

import java.time.Instant;
import newsquiz.plain.PlainFlashcards;
import newsquiz.progress.FlashcardSession;
import newsquiz.progress.ProgressStore;
import newsquiz.progress.ReviewQueue;
import newsquiz.progress.SessionRecord;
import newsquiz.tui.StudyMode;
import picocli.CommandLine.Command;

/** {@code newsquiz flashcards}: see the prompt, reveal the answer, grade yourself 1-4. */
@Command(name = "flashcards", mixinStandardHelpOptions = true,
        description = {"Flashcards of the questions due: show the answer, grade yourself 1-4.",
                "Due cards first, then new ones up to a daily limit. See the prompt, press Enter to show the "
                + "answer, grade yourself 1 again, 2 hard, 3 good, 4 easy (Enter = good); your grade reschedules "
                + "the question (FSRS-6). Type :undo to take back your last grade (on the full screen, which a "
                + "terminal gets: Space shows, 1-4 grade, u undoes; --plain for line mode)."})
final class FlashcardsCommand extends DueQueueCommand {

    @Override
    StudyMode mode() {
        return StudyMode.FLASHCARDS;
    }

    @Override
    void runLineSession(ReviewQueue queue, StudyBanks banks, ProgressStore store, LineIo lines, Instant now)
            throws Exception {
        FlashcardSession done = new PlainFlashcards(lines.in(), lines.out(), lines.utf8(), clock, store)
                .echoingInput(lines.echo())
                .run(banks.title(), FlashcardSession.start(FlashcardSession.Card.of(queue), now), study.seed());
        SessionRecord session = done.sessionRecord(banks.sessionBankId());
        if (session != null) {
            store.recordSession(session);
        }
    }
}
