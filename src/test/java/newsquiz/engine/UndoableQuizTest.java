package newsquiz.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoableQuizTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    final UndoableQuiz start = UndoableQuiz.start(QuizSession.start(
            List.of(TinyBank.unshuffled("mc"), TinyBank.unshuffled("tf")), QuizConfig.review(), T0));

    @Test
    void nothingToUndoAtTheStart() {
        assertThat(start.canUndo()).isFalse();
        assertThat(start.undoDepth()).isZero();
        assertThatThrownBy(() -> start.undo(T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void undoGoesBackToTheQuestionWithItsRecordRemovedAndTheTimerRestarted() {
        UndoableQuiz u = start.answered(start.session().answer(new Response.Choice(0), T0.plusSeconds(5)));
        assertThat(u.session().number()).isEqualTo(2);
        assertThat(u.canUndo()).isTrue();

        UndoableQuiz back = u.undo(T0.plusSeconds(30));
        assertThat(back.canUndo()).isFalse();
        assertThat(back.session().number()).isEqualTo(1);
        assertThat(back.session().records()).isEmpty();
        assertThat(back.session().shownAt()).isEqualTo(T0.plusSeconds(30));

        QuizSession.Step again = back.session().answer(new Response.Choice(1), T0.plusSeconds(32));
        assertThat(again.record().taken().toSeconds()).isEqualTo(2);
        assertThat(again.record().mark().verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void undoIsRepeatableAndAHintDoesNotCountAsAnAnswer() {
        UndoableQuiz u = start.answered(start.session().answer(new Response.Choice(1), T0.plusSeconds(5)));
        u = u.with(u.session().showHint());
        u = u.answered(u.session().skip(T0.plusSeconds(9)));
        assertThat(u.session().finished()).isTrue();
        assertThat(u.undoDepth()).isEqualTo(2);

        UndoableQuiz one = u.undo(T0.plusSeconds(10));
        assertThat(one.session().finished()).isFalse();
        assertThat(one.session().number()).isEqualTo(2);
        assertThat(one.session().records()).hasSize(1);
        assertThat(one.undo(T0.plusSeconds(11)).session().records()).isEmpty();
    }

    @Test
    void reviewRulesDoNotRequeueAMissedQuestion() {
        QuizSession.Step wrong = start.session().answer(new Response.Choice(0), T0);
        assertThat(wrong.next().total()).isEqualTo(2);
        assertThat(QuizConfig.review().feedback()).isTrue();
        assertThat(QuizConfig.review().hints()).isTrue();
    }
}
