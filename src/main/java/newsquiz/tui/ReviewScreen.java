package newsquiz.tui;

import java.util.ArrayList;
import java.util.List;
import newsquiz.bank.Cloze;
import newsquiz.engine.AnswerRecord;

/** One mistake at a time: the question, what was answered, the right answer and why. */
public final class ReviewScreen {

    private ReviewScreen() {
    }

    public static Update update(ReviewModel m, Msg msg, Env env) {
        if (!(msg instanceof Msg.KeyPress press)) {
            return Update.of(msg instanceof Msg.Resize ? m.with(m.index(), 0, m.overlay()) : m);
        }
        Key key = press.key();
        if (key.interrupt()) {
            return Update.of(m, new Effect.Exit(130));
        }
        if (m.overlay() != Overlay.NONE) {
            return Update.of(m.with(m.index(), m.scroll(), Overlay.NONE));
        }
        int n = m.mistakes().size();
        if (key.is('?') || key.kind() == Key.Kind.F1) {
            return Update.of(m.with(m.index(), m.scroll(), Overlay.HELP));
        }
        if (key.is('q') || key.is('b') || key.kind() == Key.Kind.ESCAPE || key.kind() == Key.Kind.BACKSPACE) {
            return Update.of(m.results());
        }
        if (key.kind() == Key.Kind.RIGHT || key.is('n') || key.is(' ') || key.kind() == Key.Kind.ENTER) {
            if (m.index() == n - 1) {
                return Update.of(key.kind() == Key.Kind.ENTER ? m.results() : m);
            }
            return Update.of(m.with(m.index() + 1, 0, Overlay.NONE));
        }
        if (key.kind() == Key.Kind.LEFT || key.is('p')) {
            return Update.of(m.with(Math.max(0, m.index() - 1), 0, Overlay.NONE));
        }
        int height = Frame.bodyHeight(env.size());
        int max = Math.max(0, view(m, env).body().size() - height);
        int scroll = Scroll.after(key, m.scroll(), height, max);
        return Update.of(m.with(m.index(), scroll, Overlay.NONE));
    }

    public static View view(ReviewModel m, Env env) {
        Display d = env.display();
        int width = Frame.bodyWidth(env.size());
        AnswerRecord r = m.mistakes().get(m.index());
        List<Line> lines = new ArrayList<>();
        for (String part : TextWrap.wrap(d.text(r.item().question().prompt()), width)) {
            lines.add(Line.of(part, Style.TITLE));
        }
        if (r.item().question() instanceof Cloze c) {
            for (String part : TextWrap.wrap(d.text(c.text()).replaceAll("\\{\\{(\\d+)}}", "($1)____"), width)) {
                lines.add(Line.of(part));
            }
        }
        lines.add(Line.EMPTY);
        lines.addAll(Verdicts.feedback(r, d, width));
        List<KeyHint> keys = List.of(new KeyHint(d.leftRight(), "prev/next"), new KeyHint("Esc", "back"),
                new KeyHint("?", "help"));
        View v = View.of("Review " + d.dot() + " " + d.oneLine(m.results().title()),
                "mistake " + (m.index() + 1) + " of " + m.mistakes().size(), lines, keys).withScroll(m.scroll());
        return m.overlay() == Overlay.HELP ? v.withOverlay(HelpText.review(d)) : v;
    }
}
