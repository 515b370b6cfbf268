package newsquiz.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import newsquiz.bank.Bank;
import newsquiz.bank.BankJson;
import newsquiz.bank.Question;
import newsquiz.progress.FlashcardSession;
import newsquiz.progress.ProgressStore;
import newsquiz.progress.ReviewEntry;
import newsquiz.progress.fsrs.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainFlashcardsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    final StringWriter output = new StringWriter();

    FlashcardSession run(ProgressStore store, String input, int cards) throws Exception {
        Bank bank = BankJson.read(Path.of("src/test/resources/banks/tiny.json"));
        List<FlashcardSession.Card> list = new ArrayList<>();
        for (Question q : bank.questions().subList(0, cards)) {
            list.add(new FlashcardSession.Card(bank.id(), q));
        }
        return new PlainFlashcards(new BufferedReader(new StringReader(input)), new PrintWriter(output), true, CLOCK,
                store).echoingInput(true).run(bank.title(), FlashcardSession.start(list, CLOCK.instant()), 1);
    }

    List<Rating> ratings(ProgressStore store, String id) {
        return store.record("tiny", id).map(r -> r.log().stream().map(ReviewEntry::rating).toList()).orElse(List.of());
    }

    @Test
    void enterRevealsAndGradesGoodNumbersAndNamesGrade() throws Exception {
        try (ProgressStore store = ProgressStore.open(dir, "default", CLOCK).store()) {
            FlashcardSession f = run(store, "\n\nI think Brockley\n1\n\neasy\n", 3);
            assertThat(f.finished()).isTrue();
            assertThat(ratings(store, "mc")).containsExactly(Rating.GOOD);
            assertThat(ratings(store, "ms")).containsExactly(Rating.AGAIN);
            assertThat(ratings(store, "tf")).containsExactly(Rating.EASY);
            String out = output.toString();
            assertThat(out).contains("Tiny test bank - flashcards, 3 cards")
                    .contains("Card 1 of 3").contains("Which town voted?").contains("Answer: Brockley")
                    .contains("Why: Brockley held the vote.")
                    .contains("Grade: 1 again (1 min), 2 hard (6 min), 3 good (10 min), 4 easy (")
                    .contains("Good: next review in 10 min.").contains("Again: next review in 1 min.")
                    .contains("Graded 3 of 3: again 1, hard 0, good 1, easy 1");
        }
    }

    @Test
    void undoTakesTheGradeBackInTheStoreAndAsksForItAgain() throws Exception {
        try (ProgressStore store = ProgressStore.open(dir, "default", CLOCK).store()) {
            // grade mc Again, then undo at the next card's reveal prompt, regrade Easy, then undo at a grade prompt
            run(store, "\n1\n:undo\n4\n\n:undo\n2\n:quit\n", 3);
            assertThat(ratings(store, "mc")).containsExactly(Rating.HARD);
            assertThat(ratings(store, "ms")).isEmpty();
            String out = output.toString();
            assertThat(out).contains("Took back your grade (again) for card 1; grade it again.")
                    .contains("Took back your grade (easy) for card 1; grade it again.")
                    .contains("Stopped; the cards not graded stay as they were.")
                    .contains("Graded 1 of 3: again 0, hard 1");
        }
    }

    @Test
    void badGradesAreExplainedAndEndOfInputStops() throws Exception {
        try (ProgressStore store = ProgressStore.open(dir, "default", CLOCK).store()) {
            FlashcardSession f = run(store, ":undo\n\n7\ngood\n", 2);
            assertThat(f.graded()).hasSize(1);
            String out = output.toString();
            assertThat(out).contains("Nothing to undo.").contains("Type 1, 2, 3 or 4")
                    .contains("Input ended; the cards not graded stay as they were.");
        }
    }
}
