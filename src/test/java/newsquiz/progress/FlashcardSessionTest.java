package newsquiz.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import newsquiz.bank.Question;
import newsquiz.progress.fsrs.CardState;
import newsquiz.progress.fsrs.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlashcardSessionTest {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    static final List<Question> QS = Fixtures.questions(3);
    static final List<FlashcardSession.Card> CARDS = List.of(new FlashcardSession.Card("a", QS.get(0)),
            new FlashcardSession.Card("a", QS.get(1)), new FlashcardSession.Card("b", QS.get(2)));

    @TempDir
    Path dir;

    final FlashcardSession start = FlashcardSession.start(CARDS, T0);

    @Test
    void revealThenGradeMovesOnAndGivesTheEventToRecord() {
        assertThat(start.revealed()).isFalse();
        assertThat(start.current()).isEqualTo(CARDS.get(0));
        assertThatThrownBy(() -> start.grade(Rating.GOOD, T0)).isInstanceOf(IllegalStateException.class);

        FlashcardSession shown = start.reveal(T0.plusSeconds(3));
        assertThat(shown.revealed()).isTrue();
        assertThat(shown.reveal(T0.plusSeconds(4))).isSameAs(shown);

        FlashcardSession.Step step = shown.grade(Rating.HARD, T0.plusSeconds(5));
        assertThat(step.event().selfGrade()).isEqualTo(Rating.HARD);
        assertThat(step.event().rating()).isEqualTo(Rating.HARD);
        assertThat(step.event().bankId()).isEqualTo("a");
        assertThat(step.event().questionId()).isEqualTo("q0");
        assertThat(step.event().elapsedMillis()).isEqualTo(5000);
        assertThat(step.event().correct()).isTrue();
        assertThat(step.next().number()).isEqualTo(2);
        assertThat(step.next().revealed()).isFalse();
        assertThat(step.next().shownAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void undoShowsTheLastCardAgainRevealedKeepingItsTime() {
        FlashcardSession f = start.reveal(T0).grade(Rating.AGAIN, T0.plusSeconds(4)).next();
        assertThat(f.canUndo()).isTrue();
        assertThat(f.lastGraded().rating()).isEqualTo(Rating.AGAIN);

        FlashcardSession back = f.undo(T0.plusSeconds(10));
        assertThat(back.number()).isEqualTo(1);
        assertThat(back.revealed()).isTrue();
        assertThat(back.graded()).isEmpty();
        assertThat(back.canUndo()).isFalse();
        assertThat(back.grade(Rating.GOOD, T0.plusSeconds(11)).event().elapsedMillis()).isEqualTo(5000);
        assertThatThrownBy(() -> back.undo(T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void finishesAfterTheLastCardAndUndoReopens() {
        FlashcardSession f = start;
        Rating[] grades = {Rating.GOOD, Rating.AGAIN, Rating.EASY};
        for (int i = 0; i < 3; i++) {
            f = f.reveal(T0.plusSeconds(i * 10L)).grade(grades[i], T0.plusSeconds(i * 10L + 5)).next();
        }
        assertThat(f.finished()).isTrue();
        assertThat(f.current()).isNull();
        assertThat(f.count(Rating.AGAIN)).isEqualTo(1);
        assertThat(f.recalled()).isEqualTo(2);
        assertThat(f.duration()).isEqualTo(Duration.ofSeconds(25));
        SessionRecord s = f.sessionRecord("a");
        assertThat(s.mode()).isEqualTo("flashcards");
        assertThat(s.score()).isEqualTo(2);
        assertThat(s.max()).isEqualTo(3);

        FlashcardSession reopened = f.undo(T0.plusSeconds(40));
        assertThat(reopened.finished()).isFalse();
        assertThat(reopened.current()).isEqualTo(CARDS.get(2));
    }

    @Test
    void quittingEarlyKeepsWhatWasGraded() {
        FlashcardSession f = start.reveal(T0).grade(Rating.GOOD, T0.plusSeconds(2)).next().finish(T0.plusSeconds(9));
        assertThat(f.finished()).isTrue();
        assertThat(f.graded()).hasSize(1);
        assertThat(f.duration()).isEqualTo(Duration.ofSeconds(9));
        assertThat(start.finish(T0).sessionRecord("a")).isNull();
        assertThatThrownBy(() -> FlashcardSession.start(List.of(), T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gradesRecordedAndUndoneThroughTheStoreAsAFrontEndWould() {
        try (ProgressStore store = ProgressStore.open(dir, "default", Clock.fixed(T0, ZoneOffset.UTC)).store()) {
            GradePreview preview = GradePreview.of(store, "a", QS.get(0), T0);
            assertThat(preview.again()).isEqualTo(Duration.ofMinutes(1));
            assertThat(preview.good()).isEqualTo(Duration.ofMinutes(10));
            assertThat(preview.easy()).isGreaterThan(Duration.ofDays(1));

            FlashcardSession.Step step = start.reveal(T0).grade(Rating.EASY, T0.plusSeconds(3));
            ProgressStore.Recorded r = store.recordAnswer(step.event());
            assertThat(r.card().state()).isEqualTo(CardState.REVIEW);
            assertThat(store.record("a", "q0").orElseThrow().lastAnswer()).isNull();

            assertThat(store.undoLastGrade()).isPresent();
            FlashcardSession back = step.next().undo(T0.plusSeconds(4));
            assertThat(store.record("a", "q0")).isEmpty();
            store.recordAnswer(back.grade(Rating.AGAIN, T0.plusSeconds(5)).event());
            assertThat(store.record("a", "q0").orElseThrow().card().state()).isEqualTo(CardState.LEARNING);
        }
    }
}
