package newsquiz.engine;

import static newsquiz.engine.TinyBank.unshuffled;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizSessionTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void practiceBringsAWrongAnswerBackOnceAndCountsOnlyTheLastTry() {
        QuizSession s = QuizSession.start(List.of(unshuffled("mc"), unshuffled("tf")), QuizConfig.practice(), T0);
        s = s.answer(new Response.Choice(0), at(5)).next();      // wrong
        s = s.answer(new Response.Truth(false), at(9)).next();   // right
        assertThat(s.finished()).isFalse();
        assertThat(s.total()).isEqualTo(3);
        assertThat(s.current().question().id()).isEqualTo("mc");
        s = s.answer(new Response.Choice(0), at(12)).next();     // wrong again: not requeued twice
        assertThat(s.finished()).isTrue();
        QuizResult r = s.result();
        assertThat(r.finalRecords()).hasSize(2);
        assertThat(r.score()).isEqualTo(1.0);
        assertThat(r.maximum()).isEqualTo(2.0);
        assertThat(r.duration()).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void hintHalvesThePointsAndSkipsScoreNothing() {
        QuizSession s = QuizSession.start(List.of(unshuffled("mc"), unshuffled("tf")), QuizConfig.practice(), T0);
        assertThat(s.canHint()).isTrue();
        s = s.showHint();
        QuizSession.Step step = s.answer(new Response.Choice(1), at(3));
        assertThat(step.record().hintUsed()).isTrue();
        assertThat(step.record().points()).isEqualTo(0.5);
        step = step.next().skip(at(4));
        assertThat(step.record().mark().verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(step.next().finished()).isTrue();
        assertThat(step.next().result().score()).isEqualTo(0.5);
    }

    @Test
    void pointsWeightAndPartialCreditShowInTopics() {
        QuizSession s = QuizSession.start(List.of(unshuffled("num"), unshuffled("ms")), QuizConfig.practice(), T0);
        s = s.answer(new Response.Text("16"), at(1)).next();
        s = s.answer(new Response.Selection(Set.of(0)), at(2)).next();
        // ms was partly right, so it comes back once
        s = s.answer(new Response.Selection(Set.of(0, 3)), at(3)).next();
        QuizResult r = s.result();
        assertThat(r.score()).isEqualTo(3.0);
        assertThat(r.maximum()).isEqualTo(3.0);
        assertThat(r.byTopic()).extracting(TopicScore::topic).containsExactly("general", "budget");
    }

    @Test
    void examGivesNoHintsAndNegativeMarkingOnlyForGuessableTypes() {
        QuizSession s = QuizSession.start(List.of(unshuffled("mc"), unshuffled("sa"), unshuffled("tf")),
                QuizConfig.exam(null, 0.25), T0);
        assertThat(s.canHint()).isFalse();
        s = s.answer(new Response.Choice(0), at(1)).next();
        s = s.answer(new Response.Text("nobody"), at(2)).next();
        s = s.skip(at(3)).next();
        QuizResult r = s.result();
        assertThat(r.finalRecords()).extracting(AnswerRecord::points).containsExactly(-0.25, 0.0, 0.0);
        assertThat(r.percent()).isZero();
    }

    @Test
    void examTimeLimitEndsTheQuizWithTheRestUnanswered() {
        QuizSession s = QuizSession.start(List.of(unshuffled("mc"), unshuffled("tf"), unshuffled("sa")),
                QuizConfig.exam(Duration.ofMinutes(1), 0), T0);
        s = s.answer(new Response.Choice(1), at(10)).next();
        assertThat(s.remaining(at(40))).isEqualTo(Duration.ofSeconds(20));
        assertThat(s.timedOut(at(59))).isFalse();
        assertThat(s.timedOut(at(60))).isTrue();
        QuizSession.Step late = s.answer(new Response.Truth(false), at(61));
        assertThat(late.next().finished()).isTrue();
        QuizResult r = late.next().result();
        assertThat(r.count(Verdict.CORRECT)).isEqualTo(1);
        assertThat(r.count(Verdict.UNANSWERED)).isEqualTo(2);
        assertThat(r.count(Verdict.WRONG)).isZero();
    }

    @Test
    void speedRoundUsesKahootsRuleAndAStreakBonus() {
        QuizConfig speed = QuizConfig.speed(Duration.ofSeconds(20), true, true);
        QuizSession s = QuizSession.start(List.of(unshuffled("mc"), unshuffled("tf"), unshuffled("sa")), speed, T0);
        QuizSession.Step first = s.answer(new Response.Choice(1), at(0));   // instant: full 1000
        assertThat(first.record().points()).isEqualTo(1000.0);
        QuizSession.Step second = first.next().answer(new Response.Truth(false), at(10)); // half the time: 750 + streak 100
        assertThat(second.record().points()).isEqualTo(750.0 + 100.0);
        QuizSession.Step third = second.next().answer(new Response.Text("Aliyeva"), at(40)); // after the limit: unanswered
        assertThat(third.record().mark().verdict()).isEqualTo(Verdict.UNANSWERED);
        assertThat(third.record().points()).isZero();
    }

    @Test
    void speedScoringCanBeSwitchedOff() {
        QuizConfig plain = QuizConfig.speed(Duration.ofSeconds(20), false, false);
        QuizSession s = QuizSession.start(List.of(unshuffled("mc"), unshuffled("tf")), plain, T0);
        QuizSession.Step a = s.answer(new Response.Choice(1), at(19));
        QuizSession.Step b = a.next().answer(new Response.Truth(false), at(20));
        assertThat(a.record().points()).isEqualTo(1.0);
        assertThat(b.record().points()).isEqualTo(1.0);
    }

    @Test
    void finishingEarlyLeavesTheRestUnanswered() {
        QuizSession s = QuizSession.start(List.of(unshuffled("mc"), unshuffled("tf")), QuizConfig.practice(), T0);
        s = s.answer(new Response.Choice(1), at(1)).next().finish(at(2));
        assertThat(s.finished()).isTrue();
        assertThat(s.result().count(Verdict.UNANSWERED)).isEqualTo(1);
        assertThat(s.result().maximum()).isEqualTo(2.0);
    }

    @Test
    void pickerIsDeterministicForASeedAndFilters() {
        Selection all = Selection.all();
        List<QuizItem> a = QuestionPicker.pick(TinyBank.BANK.questions(), all, 42);
        List<QuizItem> b = QuestionPicker.pick(TinyBank.BANK.questions(), all, 42);
        assertThat(a).isEqualTo(b);
        assertThat(a).hasSize(8);
        assertThat(QuestionPicker.pick(TinyBank.BANK.questions(), all, 43)).isNotEqualTo(a);
        Selection local = new Selection(0, Set.of("local"), Set.of(), false);
        assertThat(QuestionPicker.pick(TinyBank.BANK.questions(), local, 1)).extracting(i -> i.question().id())
                .containsExactly("mc", "tf");
        Selection three = new Selection(3, Set.of(), Set.of(), true);
        assertThat(QuestionPicker.pick(TinyBank.BANK.questions(), three, 1)).hasSize(3);
    }

    @Test
    void noShuffleStillShufflesOrderingAndMatchingWhoseBankOrderIsTheAnswer() {
        Selection keep = new Selection(0, Set.of(), Set.of(), false);
        List<QuizItem> items = QuestionPicker.pick(TinyBank.BANK.questions(), keep, 5);
        assertThat(items).extracting(i -> i.question().id()).containsExactly("mc", "ms", "tf", "sa", "num", "cl", "mt", "ord");
        assertThat(items.get(0).presentation().order()).containsExactly(0, 1, 2);
        assertThat(items.get(7).presentation().order()).isNotEqualTo(List.of(0, 1, 2));
    }

    @Test
    void orderingIsNeverShownAlreadySolved() {
        for (long seed = 0; seed < 200; seed++) {
            Presentation p = Presentation.shuffled(TinyBank.question("ord"), new java.util.Random(seed));
            assertThat(p.order()).isNotEqualTo(List.of(0, 1, 2));
        }
    }
}
