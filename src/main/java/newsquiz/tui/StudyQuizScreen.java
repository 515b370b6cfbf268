package newsquiz.tui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsquiz.engine.AnswerRecord;
import newsquiz.engine.QuizItem;
import newsquiz.engine.QuizResult;
import newsquiz.engine.QuizSession;
import newsquiz.engine.UndoableQuiz;
import newsquiz.engine.Verdict;
import newsquiz.progress.SessionRecord;
import newsquiz.text.Format;

/**
 * Review and weak spots on screen. The question screen does the asking ({@link QuizScreen}, so every
 * question type has the same inputs as in a quiz); this screen adds what studying needs around it:
 * each answer recorded under its own bank, {@code u} to take the last answer back, a note saying why
 * each question is asked, a warning that stays when progress is not saved, and its own summary.
 */
final class StudyQuizScreen {

    private StudyQuizScreen() {
    }

    static Update update(StudyQuizModel m, Msg msg, Env env) {
        if (msg instanceof Msg.Notice n) {
            return Update.of(m.withWarning(n.text()));
        }
        if (msg instanceof Msg.Studied s) {
            return Update.of(s.reply() instanceof StudyReply.Outlook o ? m.withOutlook(o.text()) : m);
        }
        if (m.done()) {
            return summaryKey(m, msg, env);
        }
        if (msg instanceof Msg.KeyPress press && wantsUndo(m, press.key())) {
            return undo(m, msg.now());
        }
        return translate(m, QuizScreen.update(m.quiz(), msg, env), msg);
    }

    /**
     * u takes back the last answer: from its feedback, or from the next question when u is not an
     * answer key there (typed text, a choice's letter). No Ctrl key instead: Ctrl-Z, tried in tmux,
     * never arrived as a key (the tty makes it a signal), and the other free ones mean nothing to anyone.
     */
    private static boolean wantsUndo(StudyQuizModel m, Key key) {
        QuizModel q = m.quiz();
        if (q.overlay() != Overlay.NONE) {
            return false;
        }
        return key.is('u') && (q.feedback() != null || !claimsU(q));
    }

    private static boolean claimsU(QuizModel q) {
        return q.input() == null || q.input().typing() || q.input().claims('u', q.session().current());
    }

    private static Update undo(StudyQuizModel m, Instant now) {
        if (!m.history().canUndo()) {
            return Update.of(m.withNote("Nothing to take back yet."));
        }
        UndoableQuiz before = m.history().undo(now);
        QuizModel asking = m.quiz().asking(before.session(), now);
        return Update.of(m.asking(asking, before, "Took back your last answer; answer it again."),
                new Effect.Study(new StudyEffect.Undo()));
    }

    /**
     * The question screen's update, with its effects made study effects: an answer is recorded under
     * its question's bank (and becomes the point undo returns to); the end of the quiz is this
     * screen's summary, not the quiz results.
     */
    private static Update translate(StudyQuizModel m, Update u, Msg msg) {
        boolean key = msg instanceof Msg.KeyPress;
        if (u.model() == m.quiz() && u.effects().isEmpty() && (!key || m.note() == null)) {
            return Update.of(m); // a tick that changed nothing: no new model, so no redraw
        }
        QuizModel next = u.model() instanceof QuizModel q ? q : m.quiz();
        UndoableQuiz history = m.history().with(m.quiz().session());
        List<Effect> effects = new ArrayList<>();
        QuizResult result = null;
        boolean answered = false;
        for (Effect e : u.effects()) {
            if (e instanceof Effect.Answered a) {
                // When the answer ended the quiz, the session after it is not kept: undo only needs the one before.
                history = history.answered(new QuizSession.Step(next.session(), a.record()));
                answered = true;
                effects.add(new Effect.Study(new StudyEffect.Answer(m.itemOf(a.record().item()).bankId(), a.record())));
            } else if (e instanceof Effect.Finished f) {
                result = f.result();
            } else {
                effects.add(e);
            }
        }
        if (!answered && u.model() instanceof QuizModel) {
            history = history.with(next.session());
        }
        if (result == null) {
            // a note (took back) stays until the next key
            return new Update(m.asking(next, history, key ? null : m.note()), effects);
        }
        StudyQuizModel done = m.finished(history, result);
        if (u.exits()) {
            // Leaving the program mid-session: what was answered is recorded; so is the session.
            effects.add(0, finish(done));
            return new Update(done, effects);
        }
        effects.add(new Effect.Study(new StudyEffect.Outlook(m.scope())));
        return new Update(done, effects);
    }

    private static Effect finish(StudyQuizModel m) {
        SessionRecord record = m.sessionRecord();
        return new Effect.Study(new StudyEffect.Finish(record));
    }

    private static Update summaryKey(StudyQuizModel m, Msg msg, Env env) {
        if (!(msg instanceof Msg.KeyPress press)) {
            return Update.of(msg instanceof Msg.Resize ? m.withScroll(0) : m);
        }
        Key key = press.key();
        if (key.interrupt()) {
            return Update.of(m, finish(m), new Effect.Exit(130));
        }
        if (key.is('q') || key.kind() == Key.Kind.ESCAPE) {
            return Update.of(m, finish(m), new Effect.Exit(0));
        }
        if (key.kind() == Key.Kind.ENTER || key.is('n') || key.is(' ')) {
            return Update.of(m, finish(m), new Effect.GoHome(m.home()));
        }
        if (key.is('u')) {
            return undo(m, msg.now());
        }
        int height = Frame.bodyHeight(env.size());
        int max = Math.max(0, view(m, env).body().size() - height);
        int scroll = Scroll.after(key, m.scroll(), height, max);
        return Update.of(m.withScroll(scroll));
    }

    static View view(StudyQuizModel m, Env env) {
        Display d = env.display();
        String title = m.mode().label() + " " + d.dot() + " " + d.oneLine(m.scope().title());
        View v = m.done() ? summary(m, env, title) : question(m, env, title);
        if (m.warning() != null) {
            return v.withMessage(m.warning(), Style.WARN);
        }
        return m.note() != null && v.message() == null ? v.withMessage(m.note(), Style.DIM) : v;
    }

    /** The question screen's own view, retitled, with the question's note on top and undo in the footer. */
    private static View question(StudyQuizModel m, Env env, String title) {
        Display d = env.display();
        QuizModel q = m.quiz();
        View v = QuizScreen.view(q, env);
        QuizItem asked = q.feedback() != null ? q.feedback().item() : q.session().current();
        StudyItem item = m.itemOf(asked);
        String why = m.scope().several() ? item.bankId() + (item.note() == null ? "" : ", " + item.note()) : item.note();
        List<Line> body = new ArrayList<>();
        int shift = 0;
        if (why != null) {
            body.add(Line.of(TextWrap.fit(d.oneLine(why), Frame.bodyWidth(env.size()), d.glyphs().ellipsis()), Style.DIM));
            shift = 1;
        }
        body.addAll(v.body());
        View.Cursor cursor = v.cursor() == null ? null : new View.Cursor(v.cursor().line() + shift, v.cursor().column());
        List<KeyHint> keys = new ArrayList<>(v.keys());
        if (m.history().canUndo() && (q.feedback() != null || !claimsU(q))) {
            keys.add(Math.max(0, keys.size() - 1), new KeyHint("u", "undo"));
        }
        View.Box overlay = v.overlay();
        if (overlay != null && q.overlay() == Overlay.HELP) {
            List<Line> rows = new ArrayList<>(overlay.lines());
            rows.add(rows.size() - 1, Line.of(TextWrap.pad("u", 12), Style.KEY).plus("take back the last answer (not while typing)"));
            overlay = new View.Box(overlay.title(), rows);
        }
        int scroll = v.scroll() < 0 ? v.scroll() : v.scroll() + shift;
        return new View(title, v.status(), v.statusStyle(), v.progress(), body, v.focus() + shift, cursor, scroll,
                v.message(), v.messageStyle(), keys, overlay);
    }

    private static View summary(StudyQuizModel m, Env env, String title) {
        Display d = env.display();
        int width = Frame.bodyWidth(env.size());
        QuizResult r = m.result();
        List<AnswerRecord> records = r.finalRecords();
        List<Line> lines = new ArrayList<>();
        String verb = m.mode() == StudyMode.WEAK ? "Practised " : "Reviewed ";
        long asked = records.stream().filter(a -> a.mark().verdict() != Verdict.UNANSWERED).count();
        String headline = verb + asked + (asked == 1 ? " question" : " questions") + ": score "
                + Format.points(r.score()) + " of " + Format.points(r.maximum()) + String.format(" (%.0f%%)", r.percent());
        TextWrap.wrap(headline, width).forEach(part -> lines.add(Line.of(part, Style.TITLE)));
        List<Line> counts = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            long n = r.count(v);
            if (n > 0 || v == Verdict.CORRECT || v == Verdict.WRONG) {
                counts.add(Line.of(Verdicts.symbol(v, d) + " " + n + " " + v.label(), Verdicts.style(v)));
            }
        }
        lines.addAll(TextWrap.flow(counts, "   ", width));
        if (m.outlook() != null) {
            lines.addAll(TextWrap.hanging(Line.EMPTY, m.outlook(), Style.NORMAL, width));
        }
        lines.add(Line.EMPTY);
        for (int i = 0; i < records.size(); i++) {
            AnswerRecord a = records.get(i);
            Verdict v = a.mark().verdict();
            String number = (i + 1) + ". ";
            int room = Math.max(4, width - 4 - number.length());
            lines.add(Line.of("  " + Verdicts.symbol(v, d) + " ", Verdicts.style(v))
                    .plus(number + TextWrap.fit(d.oneLine(a.item().question().prompt()), room, d.glyphs().ellipsis())));
        }
        List<KeyHint> keys = new ArrayList<>();
        keys.add(new KeyHint("Enter", "home"));
        if (m.history().canUndo()) {
            keys.add(new KeyHint("u", "undo"));
        }
        keys.add(KeyHint.extra(d.upDown(), "scroll"));
        keys.add(new KeyHint("q", "quit"));
        return View.of(title, "done", lines, keys).withScroll(m.scroll());
    }
}
