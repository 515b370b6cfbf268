package newsquiz.tui;

import java.util.ArrayList;
import java.util.List;

/** Nothing due (or nothing answered yet): a friendly message, then home or quit. */
final class StudyEmptyScreen {

    private StudyEmptyScreen() {
    }

    static Update update(StudyEmptyModel m, Msg msg) {
        if (msg instanceof Msg.Notice n) {
            return Update.of(m.withWarning(n.text()));
        }
        if (!(msg instanceof Msg.KeyPress press)) {
            return Update.of(m);
        }
        Key key = press.key();
        if (key.interrupt()) {
            return Update.of(m, new Effect.Exit(130));
        }
        if (key.is('q') || key.kind() == Key.Kind.ESCAPE) {
            return Update.of(m, new Effect.Exit(0));
        }
        if (key.kind() == Key.Kind.ENTER || key.is('n') || key.is(' ')) {
            return Update.of(m, new Effect.GoHome(m.home()));
        }
        return Update.of(m);
    }

    static View view(StudyEmptyModel m, Env env) {
        Display d = env.display();
        int width = Frame.bodyWidth(env.size());
        List<Line> body = new ArrayList<>();
        for (int i = 0; i < m.lines().size(); i++) {
            for (String part : TextWrap.wrap(d.oneLine(m.lines().get(i)), width)) {
                body.add(Line.of(part, i == 0 ? Style.TITLE : Style.NORMAL));
            }
            if (i == 0) {
                body.add(Line.EMPTY);
            }
        }
        List<KeyHint> keys = List.of(new KeyHint("Enter", "home"), new KeyHint("q", "quit"));
        View v = View.of(m.mode().label() + " " + d.dot() + " " + d.oneLine(m.title()), "", body, keys);
        return m.warning() == null ? v : v.withMessage(m.warning(), Style.WARN);
    }
}
