package newsquiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newsquiz.bank.QuestionType;
import newsquiz.engine.QuizConfig;
import newsquiz.engine.QuizMode;
import newsquiz.engine.QuizSession;
import newsquiz.engine.Response;
import newsquiz.engine.Verdict;
import org.junit.jupiter.api.Test;

/** update() on its own: no terminal, no clock, just models and messages. */
class UpdateTest {

    static final Env ENV = Fixtures.ENV;
    static final Instant T0 = Fixtures.T0;

    static Msg key(Key k) {
        return new Msg.KeyPress(k, T0);
    }

    static Msg key(char c) {
        return key(Key.ch(c));
    }

    static Msg key(Key.Kind kind) {
        return key(Key.of(kind));
    }

    static App.Step step(AppModel m, Msg msg) {
        return App.update(m, msg);
    }

    static AppModel app(ScreenModel s) {
        return new AppModel(s, ENV);
    }

    /** Feeds messages in order, collecting every effect. */
    record Run(AppModel model, List<Effect> effects) {
    }

    static Run run(ScreenModel start, Msg... msgs) {
        AppModel m = app(start);
        List<Effect> effects = new java.util.ArrayList<>();
        for (Msg msg : msgs) {
            App.Step s = App.update(m, msg);
            m = s.model();
            effects.addAll(s.effects());
        }
        return new Run(m, effects);
    }

    @Test
    void homeMovesChangesOptionsAndStarts() {
        HomeModel home = Fixtures.home();
        Run r = run(home, key(Key.Kind.DOWN), key(Key.Kind.RIGHT), key(Key.Kind.DOWN), key(Key.Kind.RIGHT));
        HomeModel h = (HomeModel) r.model().screen();
        assertThat(h.setup().mode()).isEqualTo(QuizMode.EXAM);
        assertThat(h.focusedRow()).isEqualTo(HomeModel.Row.COUNT);
        assertThat(h.setup().selection().count()).isEqualTo(5);
        assertThat(h.rows()).contains(HomeModel.Row.TIME_LIMIT, HomeModel.Row.NEGATIVE);

        Run started = run(h, key(Key.Kind.ENTER));
        QuizModel q = (QuizModel) started.model().screen();
        assertThat(q.session().total()).isEqualTo(5);
        assertThat(q.session().config().mode()).isEqualTo(QuizMode.EXAM);
        assertThat(q.home().setup().seed()).isEqualTo(h.setup().seed() + 1);
    }

    @Test
    void homeQuitsWithQAndCtrlC() {
        assertThat(run(Fixtures.home(), key('q')).effects()).containsExactly(new Effect.Exit(0));
        assertThat(run(Fixtures.home(), key(Key.ctrl('c'))).effects()).containsExactly(new Effect.Exit(130));
    }

    @Test
    void homeSaysWhyItCannotStart() {
        HomeModel broken = HomeModel.start(List.of(BankEntry.unreadable(Fixtures.TINY, "bad JSON at 3:4")),
                Fixtures.inOrder(QuizMode.PRACTICE));
        HomeModel after = (HomeModel) run(broken, key(Key.Kind.ENTER)).model().screen();
        assertThat(after.message()).contains("cannot be read").contains("bad JSON at 3:4");
    }

    @Test
    void letterAnswersAndTheAnswerIsSavedBeforeFeedback() {
        QuizModel q = Fixtures.quiz(Fixtures.session(QuizConfig.practice()));
        App.Step s = step(app(q), key('b'));
        assertThat(s.effects()).hasSize(1);
        Effect.Answered a = (Effect.Answered) s.effects().get(0);
        assertThat(a.record().mark().verdict()).isEqualTo(Verdict.CORRECT);
        QuizModel after = (QuizModel) s.model().screen();
        assertThat(after.feedback()).isSameAs(a.record());
        assertThat(after.input()).isNull();

        QuizModel next = (QuizModel) step(s.model(), key(Key.Kind.ENTER)).model().screen();
        assertThat(next.feedback()).isNull();
        assertThat(next.session().current().question().type()).isEqualTo(QuestionType.MULTIPLE_SELECT);
    }

    @Test
    void examGivesNoFeedbackAndEndsInResults() {
        QuizModel q = Fixtures.quiz(Fixtures.only(QuestionType.TRUE_FALSE, QuizConfig.exam(null, 0)));
        Run r = run(q, key('f'));
        assertThat(r.model().screen()).isInstanceOf(ResultsModel.class);
        assertThat(r.effects()).hasSize(2);
        assertThat(r.effects().get(0)).isInstanceOf(Effect.Answered.class);
        assertThat(r.effects().get(1)).isInstanceOf(Effect.Finished.class);
        assertThat(((ResultsModel) r.model().screen()).result().score()).isEqualTo(1);
    }

    @Test
    void examTimeLimitEndsTheQuizWithTheRestUnanswered() {
        QuizModel q = Fixtures.quiz(Fixtures.session(QuizConfig.exam(Duration.ofMinutes(1), 0.25)));
        Run r = run(q, key('a'), new Msg.Tick(T0.plusSeconds(30)), new Msg.Tick(T0.plusSeconds(61)));
        ResultsModel res = (ResultsModel) r.model().screen();
        assertThat(res.result().count(Verdict.WRONG)).isEqualTo(1);
        assertThat(res.result().count(Verdict.UNANSWERED)).isEqualTo(7);
        assertThat(res.result().score()).isEqualTo(-0.25);
    }

    @Test
    void ticksOnlyChangeTheModelWhenTheTimerShownChanges() {
        QuizModel q = Fixtures.quiz(Fixtures.session(QuizConfig.exam(Duration.ofMinutes(10), 0)));
        AppModel m = app(q);
        AppModel same = step(m, new Msg.Tick(T0.plusMillis(300))).model();
        assertThat(same.screen()).isSameAs(q);
        AppModel later = step(m, new Msg.Tick(T0.plusMillis(1300))).model();
        assertThat(later.screen()).isNotSameAs(q);
        assertThat(QuizScreen.view((QuizModel) later.screen(), ENV).status()).contains("9:59 left");
    }

    @Test
    void speedRoundTimeoutCountsAsUnansweredAndFeedbackTimeIsNotCharged() {
        QuizModel q = Fixtures.quiz(Fixtures.session(QuizConfig.speed(Duration.ofSeconds(10), true, true)));
        Run r = run(q, new Msg.Tick(T0.plusSeconds(10)));
        QuizModel fb = (QuizModel) r.model().screen();
        assertThat(fb.feedback().mark().verdict()).isEqualTo(Verdict.UNANSWERED);
        assertThat(r.effects()).hasSize(1);
        // Read the feedback for a minute, then go on: the next question gets its full 10 seconds.
        QuizModel next = (QuizModel) run(fb, new Msg.KeyPress(Key.of(Key.Kind.ENTER), T0.plusSeconds(70))).model().screen();
        assertThat(next.session().questionRemaining(T0.plusSeconds(70))).isEqualTo(Duration.ofSeconds(10));
        assertThat(QuizScreen.view(fb, ENV).body().stream().map(Line::text)).anyMatch(t -> t.contains("Time is up"));
    }

    @Test
    void speedPointsFollowAnswerTime() {
        QuizModel q = Fixtures.quiz(Fixtures.only(QuestionType.MULTIPLE_CHOICE, QuizConfig.speed(Duration.ofSeconds(20), true, false)));
        Run r = run(q, new Msg.KeyPress(Key.ch('b'), T0.plusSeconds(10)));
        assertThat(((QuizModel) r.model().screen()).feedback().points()).isEqualTo(750);
    }

    @Test
    void ctrlCAsksFirstThenQuitsKeepingTheAnswers() {
        QuizModel q = Fixtures.quiz(Fixtures.session(QuizConfig.practice()));
        Run asked = run(q, key('b'), key(Key.Kind.ENTER), key(Key.ctrl('c')));
        assertThat(((QuizModel) asked.model().screen()).overlay()).isEqualTo(Overlay.QUIT);
        assertThat(asked.effects()).hasSize(1);

        Run kept = run(asked.model().screen(), key('n'));
        assertThat(((QuizModel) kept.model().screen()).overlay()).isEqualTo(Overlay.NONE);

        Run quit = run(asked.model().screen(), key(Key.ctrl('c')));
        assertThat(quit.effects()).hasSize(2);
        Effect.Finished f = (Effect.Finished) quit.effects().get(0);
        assertThat(f.result().count(Verdict.CORRECT)).isEqualTo(1);
        assertThat(f.result().count(Verdict.UNANSWERED)).isEqualTo(7);
        assertThat(quit.effects().get(1)).isEqualTo(new Effect.Exit(130));
    }

    @Test
    void quitDialogCanShowTheResults() {
        QuizModel q = Fixtures.quiz(Fixtures.session(QuizConfig.practice()));
        Run r = run(q, key('q'), key('r'));
        assertThat(r.model().screen()).isInstanceOf(ResultsModel.class);
        assertThat(r.effects()).singleElement().isInstanceOf(Effect.Finished.class);
    }

    @Test
    void tooSmallIgnoresKeysButStillQuits() {
        QuizModel q = Fixtures.quiz(Fixtures.session(QuizConfig.practice()));
        Run r = run(q, new Msg.Resize(new Size(30, 10), T0), key('b'));
        assertThat(r.model().screen()).isInstanceOf(QuizModel.class);
        assertThat(r.effects()).isEmpty();
        Run out = run(r.model().screen(), new Msg.Resize(new Size(30, 10), T0), key(Key.ctrl('c')));
        assertThat(out.effects()).contains(new Effect.Exit(130));
        Run back = run(r.model().screen(), new Msg.Resize(new Size(40, 12), T0), key('b'));
        assertThat(back.effects()).hasSize(1);
    }

    @Test
    void hintWhereThereIsOneAndSkip() {
        QuizModel q = Fixtures.quiz(Fixtures.session(QuizConfig.practice()));
        QuizModel hinted = (QuizModel) run(q, key('h')).model().screen();
        assertThat(hinted.session().hintShown()).isTrue();
        assertThat(QuizScreen.view(hinted, ENV).body().stream().map(Line::text)).contains("Hint: It starts with B.");

        QuizModel noHint = Fixtures.quiz(Fixtures.only(QuestionType.TRUE_FALSE, QuizConfig.practice()));
        assertThat(((QuizModel) run(noHint, key('h')).model().screen()).message()).isEqualTo("This question has no hint.");

        Run skipped = run(noHint, key('s'));
        Effect.Answered a = (Effect.Answered) skipped.effects().get(0);
        assertThat(a.record().mark().verdict()).isEqualTo(Verdict.SKIPPED);
    }

    @Test
    void typedAnswersUseCtrlKeysForCommands() {
        QuizModel q = Fixtures.quiz(Fixtures.only(QuestionType.SHORT_ANSWER, QuizConfig.practice()));
        Run typed = run(q, key('s'), key('h'), key('q'), key(Key.Kind.LEFT), key(Key.Kind.BACKSPACE), key('X'));
        QuizModel m = (QuizModel) typed.model().screen();
        assertThat(((TextInput) m.input()).editor().text()).isEqualTo("sXq");
        assertThat(typed.effects()).isEmpty();
        assertThat(((QuizModel) run(m, key(Key.Kind.ESCAPE)).model().screen()).overlay()).isEqualTo(Overlay.QUIT);
        assertThat(run(m, key(Key.ctrl('n'))).effects()).singleElement().isInstanceOf(Effect.Answered.class);
    }

    @Test
    void numericRefusesWhatIsNotANumber() {
        QuizModel q = Fixtures.quiz(Fixtures.only(QuestionType.NUMERIC, QuizConfig.practice()));
        Run r = run(q, key('a'), key('b'), key(Key.Kind.ENTER));
        assertThat(r.effects()).isEmpty();
        assertThat(((QuizModel) r.model().screen()).message()).startsWith("Type a number");
    }

    @Test
    void clozeMovesBetweenBlanksAndSubmitsOnTheLast() {
        QuizModel q = Fixtures.quiz(Fixtures.only(QuestionType.CLOZE, QuizConfig.practice()));
        Run r = run(q, key('5'), key(Key.Kind.ENTER), key('c'), key(Key.Kind.ENTER));
        Effect.Answered a = (Effect.Answered) r.effects().get(0);
        assertThat(a.record().response()).isEqualTo(new Response.Blanks(List.of("5", "May")));
        assertThat(a.record().mark().verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void matchingAssignsLettersAndAsksBeforeLeavingItemsOpen() {
        QuizModel q = Fixtures.quiz(Fixtures.only(QuestionType.MATCHING, QuizConfig.practice()));
        Run half = run(q, key('b'), key(Key.Kind.ENTER));
        assertThat(half.effects()).isEmpty();
        assertThat(((QuizModel) half.model().screen()).message()).contains("1 item has no match yet");
        Run done = run(half.model().screen(), key(Key.Kind.ENTER));
        Effect.Answered a = (Effect.Answered) done.effects().get(0);
        assertThat(a.record().response()).isEqualTo(new Response.Pairing(List.of(1, -1)));
    }

    @Test
    void orderingMovesThePickedUpItem() {
        QuizModel q = Fixtures.quiz(Fixtures.only(QuestionType.ORDERING, QuizConfig.practice()));
        // Unshuffled: debate, vote, announcement. Move "debate" to the bottom.
        Run r = run(q, key(' '), key(Key.Kind.DOWN), key(Key.Kind.DOWN), key(' '), key(Key.Kind.ENTER));
        Effect.Answered a = (Effect.Answered) r.effects().get(0);
        assertThat(a.record().response()).isEqualTo(new Response.Order(List.of(1, 2, 0)));
        assertThat(a.record().mark().verdict()).isEqualTo(Verdict.PARTIAL);
    }

    @Test
    void multipleSelectConfirmsAnEmptyAnswer() {
        QuizModel q = Fixtures.quiz(Fixtures.only(QuestionType.MULTIPLE_SELECT, QuizConfig.practice()));
        Run once = run(q, key(Key.Kind.ENTER));
        assertThat(once.effects()).isEmpty();
        Run twice = run(once.model().screen(), key(Key.Kind.ENTER));
        assertThat(((Effect.Answered) twice.effects().get(0)).record().response()).isEqualTo(new Response.Selection(java.util.Set.of()));
    }

    @Test
    void resultsReviewMistakesAndRetryOnlyTheWrongOnes() {
        QuizModel q = Fixtures.quiz(Fixtures.session(QuizConfig.exam(null, 0)));
        Run r = run(q, key('a'), key('a'), key('d'), key(Key.Kind.ENTER), key('t'), key(Key.Kind.ESCAPE), key('r'));
        ResultsModel res = (ResultsModel) r.model().screen();
        assertThat(res.result().mistakes()).hasSize(7);

        ReviewModel review = (ReviewModel) run(res, key(Key.Kind.ENTER)).model().screen();
        assertThat(review.index()).isZero();
        ReviewModel second = (ReviewModel) run(review, key(Key.Kind.RIGHT)).model().screen();
        assertThat(second.index()).isEqualTo(1);
        assertThat(run(second, key(Key.Kind.ESCAPE)).model().screen()).isEqualTo(res);

        QuizModel retry = (QuizModel) run(res, key('r')).model().screen();
        assertThat(retry.session().total()).isEqualTo(7);
        assertThat(retry.session().current().question().id()).isEqualTo("mc");

        assertThat(run(res, key('n')).effects()).containsExactly(new Effect.GoHome(res.home()));
        assertThat(run(res, key('q')).effects()).containsExactly(new Effect.Exit(0));
    }

    @Test
    void pageDownScrollsALongQuestionAndAnyKeyFollowsTheFocusAgain() {
        QuizModel q = Fixtures.quiz(Fixtures.only(QuestionType.MATCHING, QuizConfig.practice()));
        Env small = new Env(new Size(40, 12), Fixtures.UTF8);
        AppModel m = new AppModel(q, small);
        m = App.update(m, new Msg.Resize(new Size(40, 12), T0)).model();
        AppModel paged = App.update(m, key(Key.Kind.PAGE_DOWN)).model();
        int scroll = ((QuizModel) paged.screen()).scroll();
        assertThat(scroll).isGreaterThanOrEqualTo(0);
        AppModel moved = App.update(paged, key(Key.Kind.DOWN)).model();
        assertThat(((QuizModel) moved.screen()).scroll()).isEqualTo(-1);
    }

    @Test
    void aTypoIsAcceptedAndSaidSo() {
        QuizModel q = Fixtures.quiz(Fixtures.only(QuestionType.SHORT_ANSWER, QuizConfig.practice()));
        Run r = run(q, key('A'), key('l'), key('i'), key('y'), key('v'), key('a'), key(Key.Kind.ENTER));
        QuizModel fb = (QuizModel) r.model().screen();
        assertThat(fb.feedback().mark().verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(QuizScreen.view(fb, ENV).body().stream().map(Line::text))
                .anyMatch(t -> t.startsWith("✓ Correct - accepted (typo)"))
                .anyMatch(t -> t.startsWith("Answer: Mara Əliyeva"));
    }

    @Test
    void aRecordedExamQuitMidWayStaysOpenButHandingInFinishesIt() {
        QuizSession s = Fixtures.session(QuizConfig.exam(null, 0));
        QuizModel exam = QuizModel.start("Tiny test bank", new QuizKey("tiny", QuizMode.EXAM, true), s, T0, null);
        Run quit = run(exam, key('b'), key(Key.ctrl('c')), key(Key.ctrl('c')));
        assertThat(quit.effects()).hasSize(2);
        assertThat(quit.effects().get(0)).isInstanceOf(Effect.Answered.class);
        assertThat(quit.effects().get(1)).isEqualTo(new Effect.Exit(130));

        Run handIn = run(exam, key('b'), key('q'), key('r'));
        assertThat(handIn.effects().get(handIn.effects().size() - 1)).isInstanceOf(Effect.Finished.class);
        ResultsModel results = (ResultsModel) handIn.model().screen();
        QuizModel retry = (QuizModel) run(results, key('r')).model().screen();
        assertThat(retry.key()).isEqualTo(QuizKey.of("tiny", QuizMode.EXAM)); // a retry is not the recorded exam
    }

    @Test
    void answersCarryTheQuizTheyBelongTo() {
        QuizModel q = (QuizModel) run(Fixtures.home(), key(Key.Kind.ENTER)).model().screen();
        Effect.Answered a = (Effect.Answered) run(q, key('b')).effects().get(0);
        assertThat(a.quiz()).isEqualTo(QuizKey.of("tiny", QuizMode.PRACTICE));
    }

    @Test
    void homeShowsTheLearnersMasteryOnceTheyHaveAnswered() {
        var b = Fixtures.tiny();
        HomeModel home = HomeModel.start(List.of(BankEntry.loaded(Fixtures.TINY, b).withMastery(new BankEntry.Mastery(3, 1))),
                Fixtures.inOrder(QuizMode.PRACTICE));
        assertThat(HomeScreen.view(home, ENV).body().stream().map(Line::text)).anyMatch(t -> t.endsWith("1 of 8 mastered"));
        assertThat(HomeScreen.view(Fixtures.home(), ENV).body().stream().map(Line::text)).anyMatch(t -> t.endsWith("8 questions"));
        HomeModel started = HomeModel.start(List.of(BankEntry.loaded(Fixtures.TINY, b).withMastery(new BankEntry.Mastery(3, 0))),
                Fixtures.inOrder(QuizMode.PRACTICE));
        assertThat(HomeScreen.view(started, ENV).body().stream().map(Line::text)).anyMatch(t -> t.endsWith("3 of 8 answered"));
    }
}
