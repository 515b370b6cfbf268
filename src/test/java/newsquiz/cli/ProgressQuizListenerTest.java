package newsquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import newsquiz.bank.Matching;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.MultipleSelect;
import newsquiz.bank.Ordering;
import newsquiz.bank.Question;
import newsquiz.bank.QuestionInfo;
import newsquiz.engine.AnswerRecord;
import newsquiz.engine.Mark;
import newsquiz.engine.Presentation;
import newsquiz.engine.QuizItem;
import newsquiz.engine.QuizResult;
import newsquiz.engine.Response;
import newsquiz.engine.Verdict;
import newsquiz.progress.ProgressStore;
import newsquiz.progress.QuestionRecord;
import newsquiz.progress.fsrs.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressQuizListenerTest {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    static QuestionInfo info(String id) {
        return new QuestionInfo(id, "Where was the charter signed?", "", List.of("diplomacy"), 2, 1, null, null);
    }

    static final MultipleChoice MC = new MultipleChoice(info("q1"), List.of("Baku", "Paris", "Rome"), 0);

    static AnswerRecord answer(Question q, Response r, Verdict v, double fraction, Duration taken) {
        return new AnswerRecord(new QuizItem(q, Presentation.unshuffled(q)), r, new Mark(v, fraction, false, "Baku"),
                fraction, 1, false, T0, taken, 0);
    }

    @Test
    void answersAndSessionsReachTheStore() {
        try (ProgressStore store = ProgressStore.open(dir, "default", CLOCK).store()) {
            ProgressQuizListener listener = new ProgressQuizListener(store, "charter", "PRACTICE", CLOCK);
            AnswerRecord wrong = answer(MC, new Response.Choice(1), Verdict.WRONG, 0, Duration.ofSeconds(4));
            listener.answered(wrong);
            QuestionRecord r = store.record("charter", "q1").orElseThrow();
            assertThat(r.lastAnswer()).isEqualTo("Paris");
            assertThat(r.correct()).isZero();
            assertThat(r.log().get(0).rating()).isEqualTo(Rating.AGAIN);
            assertThat(r.log().get(0).at()).isEqualTo(T0.plusSeconds(4));

            AnswerRecord fast = answer(MC, new Response.Choice(0), Verdict.CORRECT, 1, Duration.ofSeconds(2));
            listener.answered(fast);
            assertThat(store.record("charter", "q1").orElseThrow().log().get(1).rating()).isEqualTo(Rating.EASY);

            MultipleChoice other = new MultipleChoice(info("q2"), List.of("a", "b"), 0);
            listener.answered(answer(other, null, Verdict.SKIPPED, 0, Duration.ofSeconds(1)));
            assertThat(store.record("charter", "q2").orElseThrow().log().get(0).rating()).isEqualTo(Rating.AGAIN);
            MultipleChoice third = new MultipleChoice(info("q3"), List.of("a", "b"), 0);
            listener.answered(answer(third, null, Verdict.UNANSWERED, 0, Duration.ofSeconds(1)));
            assertThat(store.record("charter", "q3")).isEmpty();

            listener.finished(new QuizResult(List.of(wrong, fast), Duration.ofMinutes(2)));
            assertThat(store.snapshot().sessions()).singleElement().satisfies(s -> {
                assertThat(s.mode()).isEqualTo("practice");
                assertThat(s.max()).isEqualTo(1);
                assertThat(s.durationMillis()).isEqualTo(120_000);
            });
            assertThat(listener.warning()).isNull();
        }
    }

    @Test
    void aQuizQuitBeforeAnythingWasAnsweredLeavesNoSession() {
        try (ProgressStore store = ProgressStore.open(dir, "default", CLOCK).store()) {
            ProgressQuizListener listener = new ProgressQuizListener(store, "charter", "PRACTICE", CLOCK);
            listener.finished(new QuizResult(List.of(), Duration.ofSeconds(3)));
            AnswerRecord timedOut = answer(MC, null, Verdict.UNANSWERED, 0, Duration.ofSeconds(1));
            listener.finished(new QuizResult(List.of(timedOut), Duration.ofSeconds(3)));
            assertThat(store.snapshot().sessions()).isEmpty();

            AnswerRecord skipped = answer(MC, null, Verdict.SKIPPED, 0, Duration.ofSeconds(1));
            listener.finished(new QuizResult(List.of(skipped, timedOut), Duration.ofSeconds(3)));
            assertThat(store.snapshot().sessions()).hasSize(1);
        }
    }

    @Test
    void responsesAreDescribedInTheBanksWords() {
        MultipleSelect ms = new MultipleSelect(info("a"), List.of("x", "y", "z"), Set.of(0, 2));
        assertThat(ProgressQuizListener.describe(ms, new Response.Selection(Set.of(2, 0)))).isEqualTo("x; z");
        Matching m = new Matching(info("b"), List.of(new Matching.Pair("Aliyev", "new stage"),
                new Matching.Pair("Rubio", "partner")), List.of("reset"));
        assertThat(ProgressQuizListener.describe(m, new Response.Pairing(List.of(2, -1))))
                .isEqualTo("Aliyev -> reset; Rubio -> ?");
        Ordering o = new Ordering(info("c"), List.of("first", "second"));
        assertThat(ProgressQuizListener.describe(o, new Response.Order(List.of(1, 0)))).isEqualTo("second > first");
        assertThat(ProgressQuizListener.describe(MC, new Response.Truth(true))).isEqualTo("true");
        assertThat(ProgressQuizListener.describe(MC, new Response.Choice(9))).contains("9");
    }
}
