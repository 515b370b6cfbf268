package newsquiz.tui;

import java.util.List;

/** The learner's statistics, scrolled with the arrows; Esc goes back where it was opened from. */
public final class StatsScreen {

    private StatsScreen() {
    }

    public static Update update(StatsModel m, Msg msg, Env env) {
        if (!(msg instanceof Msg.KeyPress press)) {
            return Update.of(m);
        }
        Key key = press.key();
        if (key.interrupt()) {
            return Update.of(m, new Effect.Exit(130));
        }
        if (m.overlay() != Overlay.NONE) {
            return Update.of(m.with(m.scroll(), Overlay.NONE));
        }
        if (key.is('?') || key.kind() == Key.Kind.F1) {
            return Update.of(m.with(m.scroll(), Overlay.HELP));
        }
        if (key.is('q') || key.is('b') || key.is('t') || key.kind() == Key.Kind.ESCAPE
                || key.kind() == Key.Kind.BACKSPACE || key.kind() == Key.Kind.ENTER) {
            return Update.of(m.back());
        }
        int height = Frame.bodyHeight(env.size());
        int max = Math.max(0, view(m, env).body().size() - height);
        // Space also scrolls down here: the statistics are read like a page.
        int scroll = Scroll.after(key.is(' ') ? Key.of(Key.Kind.DOWN) : key, m.scroll(), height, max);
        return Update.of(m.with(scroll, Overlay.NONE));
    }

    public static View view(StatsModel m, Env env) {
        Display d = env.display();
        List<Line> lines = StatsLines.of(m.report(), d, Frame.bodyWidth(env.size()));
        List<KeyHint> keys = List.of(new KeyHint(d.upDown(), "scroll"), KeyHint.extra("PgUp/PgDn", "page"),
                new KeyHint("Esc", "back"), new KeyHint("?", "help"));
        View v = View.of("Statistics " + d.dot() + " " + d.oneLine(m.report().profile()), m.report().today().toString(),
                lines, keys).withScroll(m.scroll());
        return m.overlay() == Overlay.HELP ? v.withOverlay(help(d)) : v;
    }

    private static View.Box help(Display d) {
        return new View.Box("Help", List.of(
                Line.of(TextWrap.pad(d.upDown() + " j k", 12), Style.KEY).plus("scroll"),
                Line.of(TextWrap.pad("PgUp PgDn", 12), Style.KEY).plus("a page"),
                Line.of(TextWrap.pad("Home End", 12), Style.KEY).plus("top, bottom"),
                Line.of(TextWrap.pad("Esc q t", 12), Style.KEY).plus("back"),
                Line.of("Figures as in newsquiz stats.", Style.DIM),
                Line.of("Any key closes this.", Style.DIM)));
    }
}
