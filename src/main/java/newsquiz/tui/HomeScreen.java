package newsquiz.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsquiz.engine.QuizSession;
import newsquiz.tui.HomeModel.Row;

/** The home screen: pick a bank, a mode and options, then start. */
public final class HomeScreen {

    private HomeScreen() {
    }

    public static Update update(HomeModel m, Msg msg, Env env) {
        if (!(msg instanceof Msg.KeyPress press)) {
            return Update.of(m);
        }
        Key key = press.key();
        if (key.interrupt()) {
            return Update.of(m, new Effect.Exit(130));
        }
        if (m.overlay() != Overlay.NONE) {
            return Update.of(m.with(m.bank(), m.row(), m.setup(), Overlay.NONE, m.message()));
        }
        List<Row> rows = m.rows();
        Row row = rows.get(m.row());
        if (key.is('?') || key.kind() == Key.Kind.F1) {
            return Update.of(m.with(m.bank(), m.row(), m.setup(), Overlay.HELP, null));
        }
        if (key.is('q') || key.kind() == Key.Kind.ESCAPE) {
            return Update.of(m, new Effect.Exit(0));
        }
        if (key.is('t')) {
            return Update.of(m, new Effect.AskLearner(new LearnerRequest.ShowStats(m.withMessage(null))));
        }
        if ((key.is('p') || key.kind() == Key.Kind.ENTER && row == Row.PROFILE) && m.profile() != null) {
            return Update.of(m, new Effect.AskLearner(new LearnerRequest.PickProfile(m.withMessage(null))));
        }
        if (key.up() || key.is('k')) {
            return Update.of(focus(m, Math.floorMod(m.row() - 1, rows.size())));
        }
        if (key.down() || key.is('j') || key.kind() == Key.Kind.TAB) {
            return Update.of(focus(m, Math.floorMod(m.row() + 1, rows.size())));
        }
        if (key.kind() == Key.Kind.CHAR && key.ch() >= '1' && key.ch() <= '9' && !key.ctrl() && !key.alt()) {
            int n = key.ch() - '1';
            return Update.of(n < m.banks().size() ? focus(m, n) : m);
        }
        boolean left = key.kind() == Key.Kind.LEFT || key.is('h');
        boolean right = key.kind() == Key.Kind.RIGHT || key.is('l') || key.is(' ');
        if ((left || right) && changes(row)) {
            return Update.of(m.with(m.bank(), m.row(), HomeOptions.change(row, m.setup(), m.chosen(), left ? -1 : 1),
                    Overlay.NONE, null));
        }
        if (key.kind() == Key.Kind.ENTER) {
            return row == Row.QUIT ? Update.of(m, new Effect.Exit(0)) : HomeStudy.is(row) ? HomeStudy.open(m, row) : start(m, msg);
        }
        return Update.of(m);
    }

    /** Rows whose value Left/Right change. */
    private static boolean changes(Row row) {
        return row != Row.BANK && row != Row.PROFILE && row != Row.START && row != Row.QUIT && !HomeStudy.is(row);
    }

    /** Moves the focus; landing on a bank chooses it (and drops a topic that bank does not have). */
    private static HomeModel focus(HomeModel m, int row) {
        if (row >= m.banks().size()) {
            return m.with(m.bank(), row, m.setup(), Overlay.NONE, null);
        }
        var setup = m.setup();
        BankEntry b = m.banks().get(row);
        if (!setup.selection().topics().isEmpty() && !b.topics().containsAll(setup.selection().topics())) {
            setup = setup.withTopics(java.util.Set.of());
        }
        return m.with(row, row, setup, Overlay.NONE, null);
    }

    private static Update start(HomeModel m, Msg msg) {
        BankEntry b = m.chosen();
        if (b == null) {
            return Update.of(m.with(m.bank(), m.row(), m.setup(), Overlay.NONE, "No banks to play: add one to questions/."));
        }
        if (!b.ok()) {
            return Update.of(m.with(m.bank(), m.row(), m.setup(), Overlay.NONE, "This bank cannot be read: " + b.error()));
        }
        Optional<QuizSession> session = m.setup().start(b.bank().questions(), msg.now());
        if (session.isEmpty()) {
            return Update.of(m.with(m.bank(), m.row(), m.setup(), Overlay.NONE, "No question in this bank has that topic."));
        }
        HomeModel back = m.with(m.bank(), m.row(), m.setup().withSeed(m.setup().seed() + 1), Overlay.NONE, null);
        QuizKey key = QuizKey.of(b.bank().id(), m.setup().mode());
        return Update.of(QuizModel.start(b.title(), key, session.get(), msg.now(), back));
    }

    public static View view(HomeModel m, Env env) {
        Display d = env.display();
        int width = Frame.bodyWidth(env.size());
        List<Line> lines = new ArrayList<>();
        List<Row> rows = m.rows();
        int focus = 0;
        lines.add(Line.of("Question banks", Style.TITLE));
        if (m.banks().isEmpty()) {
            lines.add(Line.of("None found in questions/.", Style.WARN));
        }
        for (int i = 0; i < m.banks().size(); i++) {
            if (i == m.row()) {
                focus = lines.size();
            }
            lines.add(bankLine(m, i, d, width));
        }
        lines.add(Line.EMPTY);
        for (int r = m.banks().size(); r < rows.size(); r++) {
            Row row = rows.get(r);
            boolean here = r == m.row();
            if (row == Row.START) {
                lines.add(Line.EMPTY);
            }
            if (here) {
                focus = lines.size();
            }
            Line pointer = Line.of(here ? d.pointer() + " " : "  ", Style.KEY);
            if (row == Row.PROFILE) {
                lines.add(pointer.plus(TextWrap.pad("Profile", 14)).plus(d.oneLine(m.profile()), here ? Style.SELECTED : Style.NORMAL));
                continue;
            }
            if (row == Row.START || row == Row.QUIT) {
                lines.add(pointer.plus(row == Row.START ? "Start quiz" : "Quit", here ? Style.SELECTED : Style.TITLE));
                continue;
            }
            if (HomeStudy.is(row)) {
                lines.add(HomeStudy.line(pointer, row, m, here));
                continue;
            }
            String value = HomeOptions.value(row, m.setup(), m.chosen(), d);
            String arrows = d.utf8() ? "‹ " + value + " ›" : "< " + value + " >";
            lines.add(pointer.plus(TextWrap.pad(HomeOptions.label(row), 14)).plus(arrows, here ? Style.SELECTED : Style.NORMAL));
            if (row == Row.MODE) {
                int indent = width >= 60 ? 16 : 4;
                for (String part : TextWrap.wrap(HomeOptions.describe(m.setup().mode()), Math.max(10, width - indent))) {
                    lines.add(Line.of(" ".repeat(indent)).plus(part, Style.DIM));
                }
            }
        }
        List<KeyHint> keys = new ArrayList<>();
        keys.add(KeyHint.extra(d.upDown(), "move"));
        Row row = rows.get(m.row());
        if (changes(row)) {
            keys.add(new KeyHint(d.leftRight(), "change"));
        }
        keys.add(new KeyHint("Enter", row == Row.QUIT ? "quit" : row == Row.PROFILE ? "switch" : "start"));
        if (m.profile() != null) {
            keys.add(KeyHint.extra("t", "stats"));
            keys.add(KeyHint.extra("p", "profile"));
        }
        keys.add(new KeyHint("q", "quit"));
        keys.add(new KeyHint("?", "help"));
        View v = View.of("newsquiz", "quiz yourself on the news", lines, keys).withFocus(focus, null);
        if (m.message() != null) {
            v = v.withMessage(m.message(), Style.WARN);
        }
        return m.overlay() == Overlay.HELP ? v.withOverlay(HelpText.home(d)) : v;
    }

    private static Line bankLine(HomeModel m, int i, Display d, int width) {
        BankEntry b = m.banks().get(i);
        boolean here = i == m.row();
        boolean chosen = i == m.bank();
        BankEntry.Mastery known = b.mastery();
        String count = !b.ok() ? "unreadable"
                : known.seen() == 0 ? b.questions() + " questions"
                : known.mastered() == 0 ? known.seen() + " of " + b.questions() + " answered"
                : known.mastered() + " of " + b.questions() + " mastered";
        Line prefix = Line.of(here ? d.pointer() + " " : chosen ? d.glyphs().bullet() + " " : "  ", Style.KEY)
                .plus((i + 1) + "  ", Style.KEY);
        int room = Math.max(4, width - prefix.columns() - count.length() - 2);
        String title = TextWrap.pad(TextWrap.fit(d.oneLine(b.title()), room, d.glyphs().ellipsis()), room);
        return prefix.plus(title, here ? Style.SELECTED : Style.NORMAL).plus("  ")
                .plus(count, b.ok() ? Style.DIM : Style.BAD);
    }
}
