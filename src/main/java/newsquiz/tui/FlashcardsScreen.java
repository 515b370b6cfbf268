package newsquiz.tui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsquiz.engine.RightAnswer;
import newsquiz.plain.DueText;
import newsquiz.progress.FlashcardSession;
import newsquiz.progress.GradePreview;
import newsquiz.progress.SessionRecord;
import newsquiz.progress.fsrs.Rating;
import newsquiz.text.Format;

/**
 * Flashcards: the card's prompt; Space (or Enter) shows the answer; the learner grades themselves
 * 1-4 (Again, Hard, Good, Easy; Space or Enter is Good), each grade showing when the card would
 * come back. Each grade is recorded before the next card is drawn; {@code u} takes the last one back.
 */
final class FlashcardsScreen {

    private FlashcardsScreen() {
    }

    static Update update(FlashcardsModel m, Msg msg, Env env) {
        if (msg instanceof Msg.Notice n) {
            return Update.of(m.withWarning(n.text()));
        }
        if (msg instanceof Msg.Studied s) {
            return studied(m, s.reply());
        }
        if (msg instanceof Msg.Resize) {
            return Update.of(m.withScroll(-1));
        }
        if (!(msg instanceof Msg.KeyPress press)) {
            return Update.of(m);
        }
        Key key = press.key();
        Instant now = msg.now();
        FlashcardSession s = m.session();
        if (m.overlay() == Overlay.QUIT) {
            // Asked after a Ctrl-C in the middle of the cards: a second Ctrl-C or q leaves.
            if (key.interrupt() || key.is('q')) {
                return Update.of(m, finish(m), new Effect.Exit(key.interrupt() ? 130 : 0));
            }
            return Update.of(m.withOverlay(Overlay.NONE));
        }
        if (key.interrupt()) {
            // As in the quiz, Ctrl-C asks first while cards are left; the grades are all saved already.
            return s.finished() || key.kind() == Key.Kind.EOF ? Update.of(m, finish(m), new Effect.Exit(130))
                    : Update.of(m.withOverlay(Overlay.QUIT));
        }
        if (m.overlay() != Overlay.NONE) {
            return Update.of(m.withOverlay(Overlay.NONE));
        }
        if (key.is('?') || key.kind() == Key.Kind.F1) {
            return Update.of(m.withOverlay(Overlay.HELP));
        }
        if (key.kind() == Key.Kind.PAGE_UP || key.kind() == Key.Kind.PAGE_DOWN) {
            int direction = key.kind() == Key.Kind.PAGE_UP ? -1 : 1;
            return Update.of(m.withScroll(Frame.page(view(m, env), env.size(), direction)));
        }
        if (key.is('u')) {
            return undo(m, now);
        }
        if (s.finished()) {
            return summaryKey(m, key);
        }
        if (key.is('q') || key.kind() == Key.Kind.ESCAPE) {
            // Ending early: the grades given are kept, the other cards stay as they were.
            return Update.of(m.with(s.finish(now), null, null), new Effect.Study(new StudyEffect.Outlook(m.scope())));
        }
        boolean enter = key.kind() == Key.Kind.ENTER || key.is(' ');
        if (!s.revealed()) {
            if (!enter) {
                return Update.of(m);
            }
            StudyItem card = m.card();
            return Update.of(m.with(s.reveal(now), null, m.note()),
                    new Effect.Study(new StudyEffect.Preview(card.bankId(), card.item().question())));
        }
        Rating rating = enter ? FlashcardSession.DEFAULT_GRADE : rating(key);
        return rating == null ? Update.of(m) : grade(m, rating, now);
    }

    private static Update studied(FlashcardsModel m, StudyReply reply) {
        if (reply instanceof StudyReply.Outlook o) {
            return Update.of(m.withOutlook(o.text()));
        }
        StudyReply.Previewed p = (StudyReply.Previewed) reply;
        boolean forThisCard = !m.session().finished() && m.card().item().question() == p.question();
        return Update.of(forThisCard ? m.withPreview(p.preview()) : m);
    }

    private static Rating rating(Key key) {
        for (Rating r : Rating.values()) {
            if (key.is((char) ('0' + r.value()))) {
                return r;
            }
        }
        return null;
    }

    private static Update grade(FlashcardsModel m, Rating rating, Instant now) {
        int number = m.session().number();
        FlashcardSession.Step step = m.session().grade(rating, now);
        String when = m.preview() == null ? "" : ": next review in " + DueText.span(m.preview().get(rating));
        FlashcardsModel next = m.with(step.next(), null, "Card " + number + ": " + Verdicts.capitalise(name(rating)) + when + ".");
        Update u = Update.of(next, new Effect.Study(new StudyEffect.Grade(step.event())));
        return step.next().finished() ? u.plus(new Effect.Study(new StudyEffect.Outlook(m.scope()))) : u;
    }

    private static Update undo(FlashcardsModel m, Instant now) {
        FlashcardSession.Graded last = m.session().lastGraded();
        if (last == null) {
            return Update.of(m.with(m.session(), m.preview(), "Nothing to take back yet."));
        }
        int number = m.session().graded().size();
        FlashcardsModel back = m.with(m.session().undo(now), null, "Took back your grade (" + name(last.rating())
                + ") for card " + number + "; grade it again.");
        return Update.of(back, new Effect.Study(new StudyEffect.Undo()),
                new Effect.Study(new StudyEffect.Preview(last.card().bankId(), last.card().question())));
    }

    private static Update summaryKey(FlashcardsModel m, Key key) {
        if (key.is('q') || key.kind() == Key.Kind.ESCAPE) {
            return Update.of(m, finish(m), new Effect.Exit(0));
        }
        if (key.kind() == Key.Kind.ENTER || key.is('n') || key.is(' ')) {
            return Update.of(m, finish(m), new Effect.GoHome(m.home()));
        }
        return Update.of(m);
    }

    /** The session goes into the score history when the learner leaves it (until then a grade can be taken back). */
    private static Effect finish(FlashcardsModel m) {
        SessionRecord record = m.session().sessionRecord(m.scope().sessionBankId());
        return new Effect.Study(new StudyEffect.Finish(record));
    }

    static String name(Rating r) {
        return r.name().toLowerCase(Locale.ROOT);
    }

    static View view(FlashcardsModel m, Env env) {
        Display d = env.display();
        String title = StudyMode.FLASHCARDS.label() + " " + d.dot() + " " + d.oneLine(m.scope().title());
        FlashcardSession s = m.session();
        View v = s.finished() ? summary(m, d, Frame.bodyWidth(env.size()), title) : card(m, d, env.size(), title);
        v = v.withProgress(new View.Progress(s.graded().size(), s.total()));
        if (m.scroll() >= 0) {
            v = v.withScroll(m.scroll());
        }
        if (m.warning() != null) {
            v = v.withMessage(m.warning(), Style.WARN);
        } else if (m.note() != null) {
            v = v.withMessage(m.note(), Style.DIM);
        }
        if (m.overlay() == Overlay.QUIT) {
            return v.withOverlay(new View.Box("Quit newsquiz?", List.of(
                    Line.of("Every grade so far is saved."),
                    Line.of("q", Style.KEY).plus("  quit (Ctrl-C too)"),
                    Line.of("Any other key goes on.", Style.DIM))));
        }
        return m.overlay() == Overlay.HELP ? v.withOverlay(help(d)) : v;
    }

    private static View card(FlashcardsModel m, Display d, Size size, String title) {
        int width = Frame.bodyWidth(size);
        // In a small window the spacing goes first, so the question stays in sight with its answer.
        boolean roomy = Frame.bodyHeight(size) >= 12;
        FlashcardSession s = m.session();
        StudyItem card = m.card();
        List<Line> body = new ArrayList<>();
        String why = m.scope().several() ? card.bankId() + (card.note() == null ? "" : ", " + card.note()) : card.note();
        if (why != null) {
            body.add(Line.of(TextWrap.fit(d.oneLine(why), width, d.glyphs().ellipsis()), Style.DIM));
        }
        for (String part : TextWrap.wrap(d.text(card.item().question().prompt()), width)) {
            body.add(Line.of(part, Style.TITLE));
        }
        body.addAll(CardFace.of(card.item(), d, width));
        if (roomy || !s.revealed()) {
            body.add(Line.EMPTY);
        }
        List<KeyHint> keys = new ArrayList<>();
        if (!s.revealed()) {
            body.add(Line.of("Space", Style.KEY).plus(" shows the answer.", Style.DIM));
            keys.add(new KeyHint("Space", "show answer"));
        } else {
            body.addAll(TextWrap.hanging(Line.of("Answer: ", Style.DIM), d.oneLine(RightAnswer.of(card.item().question())),
                    Style.GOOD, width));
            String explanation = card.item().question().explanation();
            if (!explanation.isBlank()) {
                body.addAll(TextWrap.hanging(Line.of("Why: ", Style.DIM), d.oneLine(explanation), Style.NORMAL, width));
            }
            if (roomy) {
                body.add(Line.EMPTY);
                body.add(Line.of("How well did you know it?", Style.DIM));
            }
            body.addAll(TextWrap.flow(grades(m.preview()), "  ", width));
            keys.add(new KeyHint("1-4", "grade"));
            keys.add(new KeyHint("Space", "good"));
        }
        if (s.canUndo()) {
            keys.add(new KeyHint("u", "undo"));
        }
        keys.add(new KeyHint("q", "end"));
        keys.add(new KeyHint("?", "help"));
        View v = View.of(title, "card " + s.number() + "/" + s.total(), body, keys);
        // Scrolled to the end (the grades), not just far enough for them: the lines above are the question.
        return s.revealed() ? v.withScroll(Math.max(0, body.size() - Frame.bodyHeight(size))) : v.withFocus(body.size() - 1, null);
    }

    /** One button per grade: its key, its name, and when the card would come back after it. */
    private static List<Line> grades(GradePreview preview) {
        List<Line> out = new ArrayList<>();
        for (Rating r : Rating.values()) {
            Line button = Line.of(String.valueOf(r.value()), Style.KEY).plus(" " + Verdicts.capitalise(name(r)), Style.TITLE);
            out.add(preview == null ? button : button.plus(" " + DueText.span(preview.get(r)), Style.DIM));
        }
        return out;
    }

    private static View summary(FlashcardsModel m, Display d, int width, String title) {
        FlashcardSession s = m.session();
        List<Line> body = new ArrayList<>();
        int graded = s.graded().size();
        body.add(Line.of("Graded " + graded + " of " + s.total() + (s.total() == 1 ? " card" : " cards"), Style.TITLE));
        if (graded < s.total()) {
            body.addAll(TextWrap.hanging(Line.EMPTY, "The cards not graded stay as they were.", Style.DIM, width));
        }
        List<Line> counts = new ArrayList<>();
        for (Rating r : Rating.values()) {
            counts.add(Line.of(String.valueOf(s.count(r)), Style.TITLE).plus(" " + name(r)));
        }
        body.addAll(TextWrap.flow(counts, "   ", width));
        body.add(Line.of("Time " + Format.duration(s.duration())));
        if (m.outlook() != null) {
            body.addAll(TextWrap.hanging(Line.EMPTY, m.outlook(), Style.NORMAL, width));
        }
        List<KeyHint> keys = new ArrayList<>();
        keys.add(new KeyHint("Enter", "home"));
        if (s.canUndo()) {
            keys.add(new KeyHint("u", "undo"));
        }
        keys.add(new KeyHint("q", "quit"));
        return View.of(title, "done", body, keys);
    }

    private static View.Box help(Display d) {
        List<Line> rows = List.of(
                row("Space Enter", "show the answer; then: good"),
                row("1 2 3 4", "again, hard, good, easy"),
                row("u", "take back the last grade"),
                row("PgUp PgDn", "scroll a long card"),
                row("q Esc", "end (grades are kept)"),
                Line.of("Any key closes this.", Style.DIM));
        return new View.Box("Help", rows);
    }

    private static Line row(String key, String action) {
        return Line.of(TextWrap.pad(key, 12), Style.KEY).plus(action);
    }
}
