package newsquiz.tui;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsquiz.engine.AnswerRecord;
import newsquiz.engine.QuizItem;
import newsquiz.engine.QuizSession;
import newsquiz.text.Format;

/**
 * The question screen: asks the session's current question, hands answers to the engine, shows
 * feedback where the mode gives it, runs the timers, and ends in the results.
 */
public final class QuizScreen {

    private QuizScreen() {
    }

    public static Update update(QuizModel m, Msg msg, Env env) {
        Instant now = msg.now();
        if (msg instanceof Msg.Tick) {
            return tick(m, now);
        }
        if (msg instanceof Msg.Resize) {
            return Update.of(m.withScroll(-1).withNow(now));
        }
        if (msg instanceof Msg.Notice notice) {
            return Update.of(m.withMessage(notice.text()));
        }
        Key key = ((Msg.KeyPress) msg).key();
        QuizModel at = m.withNow(now);
        if (at.overlay() == Overlay.QUIT) {
            return quitDialog(at, key, now);
        }
        if (key.kind() == Key.Kind.EOF) {
            return leave(at, now, 130);
        }
        if (key.isCtrl('c')) {
            return Update.of(at.withOverlay(Overlay.QUIT));
        }
        if (at.overlay() == Overlay.HELP) {
            return Update.of(at.withOverlay(Overlay.NONE));
        }
        if (key.kind() == Key.Kind.F1) {
            return Update.of(at.withOverlay(Overlay.HELP));
        }
        if (key.kind() == Key.Kind.PAGE_UP || key.kind() == Key.Kind.PAGE_DOWN) {
            int direction = key.kind() == Key.Kind.PAGE_UP ? -1 : 1;
            return Update.of(at.withScroll(Frame.page(view(at, env), env.size(), direction)));
        }
        if (at.feedback() != null) {
            return feedbackKey(at, key, now, env);
        }
        if (key.kind() == Key.Kind.ESCAPE) {
            return Update.of(at.withOverlay(Overlay.QUIT));
        }
        if (key.isCtrl('t')) {
            return hint(at);
        }
        if (key.isCtrl('n')) {
            QuizSession.Step step = at.session().skip(now);
            return after(at, step.next(), step.record(), now);
        }
        if (key.is('?') && at.input().fieldEmpty()) {
            return Update.of(at.withOverlay(Overlay.HELP));
        }
        QuizItem item = at.session().current();
        AnswerInput.Result r = at.input().handle(key, item);
        if (r.handled()) {
            if (r.submit() != null) {
                QuizSession.Step step = at.session().answer(r.submit(), now);
                return after(at.withInput(r.next(), null), step.next(), step.record(), now);
            }
            return Update.of(at.withInput(r.next(), r.message()));
        }
        if (key.is('h')) {
            return hint(at);
        }
        if (key.is('s')) {
            QuizSession.Step step = at.session().skip(now);
            return after(at, step.next(), step.record(), now);
        }
        if (key.is('q')) {
            return Update.of(at.withOverlay(Overlay.QUIT));
        }
        return Update.of(at);
    }

    private static Update feedbackKey(QuizModel m, Key key, Instant now, Env env) {
        if (key.kind() == Key.Kind.ENTER || key.is(' ') || key.kind() == Key.Kind.RIGHT || key.is('n')) {
            return next(m, now);
        }
        if (key.is('?')) {
            return Update.of(m.withOverlay(Overlay.HELP));
        }
        if (key.is('q') || key.kind() == Key.Kind.ESCAPE) {
            return Update.of(m.withOverlay(Overlay.QUIT));
        }
        if (key.up() || key.down() || key.is('k') || key.is('j')) {
            View v = view(m, env);
            int offset = Frame.offset(v, Frame.bodyHeight(env.size()));
            int max = Math.max(0, v.body().size() - Frame.bodyHeight(env.size()));
            int delta = key.up() || key.is('k') ? -1 : 1;
            return Update.of(m.withScroll(Math.max(0, Math.min(max, offset + delta))));
        }
        return Update.of(m);
    }

    private static Update quitDialog(QuizModel m, Key key, Instant now) {
        if (key.interrupt()) {
            return leave(m, now, 130);
        }
        if (key.is('q')) {
            return leave(m, now, 0);
        }
        if (key.is('r') || key.is('y') || key.kind() == Key.Kind.ENTER) {
            return end(m, now);
        }
        return Update.of(m.withOverlay(Overlay.NONE));
    }

    private static Update hint(QuizModel m) {
        QuizSession s = m.session();
        if (s.canHint()) {
            return Update.of(m.withSession(s.showHint(), null));
        }
        return Update.of(m.withMessage(s.config().hints() ? "This question has no hint." : "Hints are off in this mode."));
    }

    /** Timers: redraw when the seconds shown change; a limit running out moves the quiz on. */
    private static Update tick(QuizModel m, Instant now) {
        QuizSession s = m.session();
        if (m.feedback() == null && s.timedOut(now)) {
            Duration quizLeft = s.remaining(now);
            if (quizLeft != null && quizLeft.isZero()) {
                return end(m.withNow(now), now);
            }
            QuizSession next = s.timeout(now);
            AnswerRecord r = next.records().size() > s.records().size() ? next.records().get(next.records().size() - 1) : null;
            return after(m.withNow(now), next, r, now);
        }
        String before = timer(m);
        QuizModel later = m.withNow(now);
        return Update.of(java.util.Objects.equals(before, timer(later)) ? m : later);
    }

    /** After an answer, skip or timeout: save first (effect), then feedback, the next question, or the results. */
    private static Update after(QuizModel m, QuizSession next, AnswerRecord r, Instant now) {
        List<Effect> effects = new ArrayList<>();
        if (r != null) {
            effects.add(new Effect.Answered(m.key(), r));
        }
        if (r != null && next.config().feedback()) {
            return new Update(m.showing(next, r), effects);
        }
        if (next.finished()) {
            Update done = results(m, next);
            effects.addAll(done.effects());
            return new Update(done.model(), effects);
        }
        return new Update(m.asking(next, now), effects);
    }

    private static Update next(QuizModel m, Instant now) {
        return m.session().finished() ? results(m, m.session()) : Update.of(m.asking(m.session(), now));
    }

    /**
     * Quits the program mid-quiz. The answers given are already recorded; the quiz is finished
     * (the rest unanswered) unless it is a recorded exam, which stays open to be resumed.
     */
    private static Update leave(QuizModel m, Instant now, int code) {
        return m.key().resumable() ? Update.of(m, new Effect.Exit(code)) : end(m, now).plus(new Effect.Exit(code));
    }

    /** Ends the quiz now: what was not answered counts as unanswered. */
    private static Update end(QuizModel m, Instant now) {
        return results(m, m.session().finish(now));
    }

    private static Update results(QuizModel m, QuizSession finished) {
        ResultsModel r = ResultsModel.of(m.title(), m.key(), finished.config(), finished.result(), m.home());
        return Update.of(r, new Effect.Finished(m.key(), finished.result()));
    }

    /** The timer to show: the question's own limit, else the quiz's; null when none runs. */
    static String timer(QuizModel m) {
        QuizSession s = m.session();
        Duration question = m.feedback() == null ? s.questionRemaining(m.now()) : null;
        if (question != null) {
            return Format.countdown(question);
        }
        Duration quiz = s.remaining(m.now());
        return quiz == null ? null : Format.countdown(quiz) + " left";
    }

    public static View view(QuizModel m, Env env) {
        Display d = env.display();
        int width = Frame.bodyWidth(env.size());
        QuizSession s = m.session();
        String title = d.oneLine(m.title()) + " " + d.dot() + " " + s.config().mode().name().toLowerCase();
        AnswerRecord shown = m.feedback();
        QuizItem item = shown != null ? shown.item() : s.current();

        List<Line> head = new ArrayList<>();
        for (String part : TextWrap.wrap(d.text(item.question().prompt()), width)) {
            head.add(Line.of(part, Style.TITLE));
        }
        Body body;
        List<KeyHint> keys = new ArrayList<>();
        if (shown != null) {
            head.add(Line.EMPTY);
            body = Body.of(Verdicts.feedback(shown, d, width)).after(head);
            keys.add(new KeyHint("Enter", s.finished() ? "results" : "next"));
            keys.add(new KeyHint("q", "quit"));
            keys.add(new KeyHint("?", "help"));
        } else {
            if (s.hintShown()) {
                head.addAll(TextWrap.hanging(Line.of("Hint: ", Style.WARN), d.oneLine(item.question().hint()), Style.NORMAL, width));
            }
            if (Frame.bodyHeight(env.size()) >= 12) {
                head.add(Line.EMPTY);
            }
            head.add(Line.of(TextWrap.fit(m.input().instruction(item, d), width, d.glyphs().ellipsis()), Style.DIM));
            body = m.input().view(item, d, width).after(head);
            keys.addAll(m.input().keys(item, d));
            boolean typing = m.input().typing();
            keys.add(new KeyHint(typing || m.input().claims('s', item) ? "Ctrl-N" : "s", "skip"));
            keys.add(new KeyHint(typing || m.input().claims('q', item) ? "Esc" : "q", "quit"));
            if (s.canHint()) {
                keys.add(new KeyHint(typing || m.input().claims('h', item) ? "Ctrl-T" : "h", "hint"));
            }
            keys.add(new KeyHint(typing ? "F1" : "?", "help"));
        }

        List<String> status = new ArrayList<>();
        // While feedback shows, the session has moved on: number the question just answered.
        status.add("Q " + (shown != null ? s.records().size() : s.number()) + "/" + s.total());
        if (s.config().feedback()) {
            status.add("score " + Format.points(s.score()));
            if (s.streak() > 1) {
                status.add("streak " + s.streak());
            }
        }
        String timer = timer(m);
        if (timer != null) {
            status.add(timer);
        }
        View v = View.of(title, String.join("  ", status), body.lines(), keys)
                .withProgress(new View.Progress(s.records().size(), s.total()))
                .withFocus(body.focus(), body.cursor())
                .withScroll(m.scroll());
        if (timer != null && lowOnTime(m)) {
            v = v.withStatusStyle(Style.WARN);
        }
        if (m.message() != null) {
            v = v.withMessage(m.message(), Style.WARN);
        }
        if (m.overlay() == Overlay.HELP) {
            v = v.withOverlay(HelpText.question(m.input() != null && m.input().typing(), d));
        } else if (m.overlay() == Overlay.QUIT) {
            v = v.withOverlay(new View.Box("End the quiz?", List.of(
                    Line.of("Your answers so far are kept."),
                    Line.of("r", Style.KEY).plus("  end now and see the results"),
                    Line.of("q", Style.KEY).plus("  quit newsquiz"),
                    Line.of("n", Style.KEY).plus("  keep going"))));
        }
        return v;
    }

    private static boolean lowOnTime(QuizModel m) {
        QuizSession s = m.session();
        Duration q = m.feedback() == null ? s.questionRemaining(m.now()) : null;
        if (q != null) {
            return q.toMillis() <= 5_000;
        }
        Duration quiz = s.remaining(m.now());
        return quiz != null && quiz.toMillis() <= 60_000;
    }
}
