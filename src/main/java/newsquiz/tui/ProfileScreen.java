package newsquiz.tui;

import java.util.ArrayList;
import java.util.List;
import newsquiz.progress.ProgressStore;

/**
 * Who is learning: pick a profile from the progress file or type a new one. Progress, mastery and
 * statistics are kept per profile; the next quiz records for the one chosen.
 */
public final class ProfileScreen {

    private ProfileScreen() {
    }

    public static Update update(ProfileModel m, Msg msg, Env env) {
        if (!(msg instanceof Msg.KeyPress press)) {
            return Update.of(m);
        }
        Key key = press.key();
        if (key.interrupt()) {
            return Update.of(m, new Effect.Exit(130));
        }
        return m.typing() ? typing(m, key) : choosing(m, key);
    }

    private static Update choosing(ProfileModel m, Key key) {
        int rows = m.profiles().size() + 1;
        if (key.kind() == Key.Kind.ESCAPE || key.is('q') || key.is('b') || key.kind() == Key.Kind.BACKSPACE) {
            return Update.of(m.home());
        }
        if (key.up() || key.is('k')) {
            return Update.of(m.at(Math.floorMod(m.row() - 1, rows)));
        }
        if (key.down() || key.is('j') || key.kind() == Key.Kind.TAB) {
            return Update.of(m.at(Math.floorMod(m.row() + 1, rows)));
        }
        if (key.is('n')) {
            return Update.of(m.typing(LineEditor.EMPTY, null));
        }
        if (key.kind() == Key.Kind.ENTER || key.is(' ')) {
            if (m.row() == m.profiles().size()) {
                return Update.of(m.typing(LineEditor.EMPTY, null));
            }
            return choose(m, m.profiles().get(m.row()));
        }
        return Update.of(m);
    }

    private static Update typing(ProfileModel m, Key key) {
        if (key.kind() == Key.Kind.ESCAPE) {
            return Update.of(m.at(m.profiles().size()));
        }
        if (key.kind() == Key.Kind.ENTER) {
            String name = m.name().text().strip();
            try {
                ProgressStore.validateProfile(name); // the rule --profile follows
            } catch (IllegalArgumentException e) {
                return Update.of(m.typing(m.name(), "A profile name is 1 to 40 characters."));
            }
            return choose(m, name);
        }
        LineEditor edited = m.name().handle(key);
        return Update.of(edited == null ? m : m.typing(edited, null));
    }

    /** The current profile again is just going back; another one is switched to by the loop. */
    private static Update choose(ProfileModel m, String name) {
        if (name.equals(m.current())) {
            return Update.of(m.home());
        }
        return Update.of(m, new Effect.AskLearner(new LearnerRequest.SwitchProfile(name, m.home())));
    }

    public static View view(ProfileModel m, Env env) {
        Display d = env.display();
        int width = Frame.bodyWidth(env.size());
        List<Line> lines = new ArrayList<>();
        lines.addAll(TextWrap.hanging(Line.EMPTY, "Progress is kept for each profile.", Style.DIM, width));
        lines.add(Line.EMPTY);
        int focus = 0;
        for (int i = 0; i <= m.profiles().size(); i++) {
            boolean here = i == m.row() && !m.typing();
            if (i == m.row()) {
                focus = lines.size();
            }
            Line pointer = Line.of(here ? d.pointer() + " " : "  ", Style.KEY);
            if (i == m.profiles().size()) {
                lines.add(pointer.plus("new profile" + d.glyphs().ellipsis(), here ? Style.SELECTED : Style.TITLE));
                continue;
            }
            String name = m.profiles().get(i);
            String mark = name.equals(m.current()) ? "  (current)" : "";
            int room = Math.max(4, width - 2 - mark.length());
            lines.add(pointer.plus(TextWrap.fit(d.oneLine(name), room, d.glyphs().ellipsis()), here ? Style.SELECTED : Style.NORMAL)
                    .plus(mark, Style.DIM));
        }
        View.Cursor cursor = null;
        if (m.typing()) {
            lines.add(Line.EMPTY);
            String label = "Name: ";
            int room = Math.max(4, width - label.length() - 1);
            String text = d.oneLine(m.name().text());
            // a long name scrolls so that its end, where the cursor is, stays visible
            String shown = text.length() > room ? text.substring(text.length() - room) : text;
            focus = lines.size();
            lines.add(Line.of(label, Style.KEY).plus(TextWrap.pad(shown, room), Style.FIELD));
            int column = label.length() + Math.min(room, Math.max(0, m.name().cursor() - (text.length() - shown.length())));
            cursor = new View.Cursor(focus, column);
        }
        List<KeyHint> keys = new ArrayList<>();
        if (m.typing()) {
            keys.add(new KeyHint("Enter", "create"));
            keys.add(new KeyHint("Esc", "cancel"));
        } else {
            keys.add(KeyHint.extra(d.upDown(), "move"));
            keys.add(new KeyHint("Enter", "choose"));
            keys.add(KeyHint.extra("n", "new"));
            keys.add(new KeyHint("Esc", "back"));
        }
        View v = View.of("Profile", "now " + d.oneLine(m.current()), lines, keys).withFocus(focus, cursor);
        return m.message() != null ? v.withMessage(m.message(), Style.WARN) : v;
    }
}
