package newsquiz.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import newsquiz.bank.Bank;
import newsquiz.bank.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewQueueTest {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path dir;

    static Bank bank(String id, List<Question> questions) {
        return new Bank(1, id, "Bank " + id, "", "en", null, List.of(), false, questions);
    }

    static final List<Question> A = Fixtures.questions(4);
    static final List<Question> B = List.of(Fixtures.tf("q0", "Another bank's q0 is true.", true),
            Fixtures.tf("b1", "B one.", false));

    ProgressStore open(Instant now) {
        return ProgressStore.open(dir, "default", Clock.fixed(now, ZoneOffset.UTC)).store();
    }

    static AnswerEvent answer(String bank, Question q, boolean right, Instant at) {
        return AnswerEvent.answered(bank, q, "x", right ? 1 : 0, right, false, 60_000, at);
    }

    @Test
    void acrossBanksDueFirstThenNewInBankOrderUpToTheLimit() {
        Instant later = T0.plus(Duration.ofDays(30));
        try (ProgressStore store = open(T0)) {
            store.recordAnswer(answer("a", A.get(2), true, T0));
            store.recordAnswer(answer("a", A.get(2), true, T0.plusSeconds(600))); // review state, due in days
            store.recordAnswer(answer("b", B.get(0), false, T0));   // learning, due in a minute
            ReviewQueue q = ReviewQueue.build(List.of(bank("a", A), bank("b", B)), store, later, 1);
            assertThat(q.entries()).extracting(e -> e.bankId() + "/" + e.question().id())
                    .containsExactly("b/q0", "a/q2", "a/q0");
            assertThat(q.entries().get(0).due().kind()).isEqualTo(DueQuestion.Kind.LEARNING);
            assertThat(q.entries().get(1).due().kind()).isEqualTo(DueQuestion.Kind.REVIEW);
            // the question objects are the banks' own: bank b's q0 is not bank a's q0
            assertThat(q.entries().get(0).question()).isSameAs(B.get(0));
            assertThat(q.dueCount()).isEqualTo(2);
            assertThat(q.newCount()).isEqualTo(1);
            assertThat(q.newWaiting()).isEqualTo(3); // a/q1, a/q3, b/b1
            assertThat(q.nextDue()).isNull();
        }
    }

    @Test
    void newQuestionsStartedTodayCountAgainstTheLimit() {
        try (ProgressStore store = open(T0)) {
            store.recordAnswer(answer("a", A.get(0), true, T0));
            ReviewQueue q = ReviewQueue.build(List.of(bank("a", A)), store, T0.plusSeconds(60), 2);
            assertThat(q.entries()).extracting(e -> e.question().id()).containsExactly("q1");
            assertThat(q.newWaiting()).isEqualTo(2);
        }
    }

    @Test
    void nothingDueSaysWhenTheNextReviewIs() {
        try (ProgressStore store = open(T0)) {
            for (Question q : A) {
                store.recordAnswer(answer("a", q, true, T0));
            }
            Instant now = T0.plusSeconds(5);
            ReviewQueue q = ReviewQueue.build(List.of(bank("a", A)), store, now, 20);
            assertThat(q.isEmpty()).isTrue();
            assertThat(q.newWaiting()).isZero();
            Instant firstDue = store.record("a", "q0").orElseThrow().card().due();
            assertThat(q.nextDue()).isEqualTo(firstDue).isAfter(now);
        }
    }

    @Test
    void aLaterBankWithTheSameIdIsLeftOut() {
        try (ProgressStore store = open(T0)) {
            ReviewQueue q = ReviewQueue.build(List.of(bank("a", A), bank("a", B)), store, T0, 20);
            assertThat(q.entries()).extracting(e -> e.question()).containsExactlyElementsOf(A);
        }
    }

    @Test
    void anEditedQuestionStartsAgainAsNew() {
        try (ProgressStore store = open(T0)) {
            store.recordAnswer(answer("a", A.get(0), true, T0));
            Question edited = Fixtures.tf("q0", "Statement number 0 is now false.", false);
            ReviewQueue q = ReviewQueue.build(List.of(bank("a", List.of(edited))), store, T0.plusSeconds(60), 20);
            assertThat(q.entries()).singleElement().satisfies(e -> {
                assertThat(e.due().kind()).isEqualTo(DueQuestion.Kind.EDITED);
                assertThat(e.isNew()).isTrue();
            });
            assertThat(q.nextDue()).isNull();
        }
    }

    @Test
    void aNegativeLimitIsRejected() {
        try (ProgressStore store = open(T0)) {
            assertThatThrownBy(() -> ReviewQueue.build(List.of(), store, T0, -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void weakSpotsAreTheAnsweredQuestionsWeakestFirstWithTheirOwnBank() {
        try (ProgressStore store = open(T0)) {
            store.recordAnswer(answer("a", A.get(1), true, T0));
            store.recordAnswer(answer("b", B.get(0), false, T0));
            store.recordAnswer(answer("b", B.get(0), false, T0.plusSeconds(60)));
            List<WeakSpots.Entry> weak = WeakSpots.find(List.of(bank("a", A), bank("b", B)), store,
                    T0.plus(Duration.ofDays(1)), 10);
            assertThat(weak).extracting(e -> e.bankId() + "/" + e.question().id()).containsExactly("b/q0", "a/q1");
            assertThat(weak.get(0).question()).isSameAs(B.get(0));
            assertThat(weak.get(0).weak().accuracy()).isZero();
            assertThat(WeakSpots.find(List.of(bank("a", A)), store, T0, 10)).hasSize(1);
            assertThat(WeakSpots.find(List.of(bank("c", A)), store, T0, 10)).isEmpty();
        }
    }
}
