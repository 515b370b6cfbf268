package newsquiz.tui;

import java.util.ArrayList;
import java.util.List;

/** The help overlay of each screen: short enough to fit a 40x12 terminal. */
final class HelpText {

    private HelpText() {
    }

    private static Line row(String key, String action) {
        return Line.of(TextWrap.pad(key, 12), Style.KEY).plus(action);
    }

    static View.Box home(Display d) {
        return box(List.of(
                row(d.upDown() + " j k", "move"),
                row(d.leftRight() + " Space", "change option"),
                row("1-9", "choose a bank"),
                row("Enter", "start the quiz"),
                row("t", "statistics"),
                row("p", "switch profile"),
                row("q Esc", "quit")));
    }

    static View.Box question(boolean typing, Display d) {
        List<Line> rows = new ArrayList<>();
        if (typing) {
            rows.add(row("type", "your answer; " + d.leftRight() + " Home End"));
            rows.add(row("Enter", "answer (cloze: next blank)"));
            rows.add(row("Tab", "next blank (cloze)"));
            rows.add(row("Ctrl-T", "hint (if there is one)"));
            rows.add(row("Ctrl-N", "skip"));
            rows.add(row("Esc", "end the quiz"));
        } else {
            rows.add(row("letters", "pick / tick / match"));
            rows.add(row(d.upDown() + " Enter", "move and answer"));
            rows.add(row("Space", "tick; pick up (ordering)"));
            rows.add(row("h  s", "hint, skip"));
            rows.add(row("q Esc", "end the quiz"));
        }
        rows.add(row("PgUp PgDn", "scroll a long question"));
        return box(rows);
    }

    static View.Box results(Display d) {
        return box(List.of(
                row(d.upDown() + " PgUp/Dn", "scroll"),
                row("Enter", "review mistakes"),
                row("r", "retry the wrong ones"),
                row("n", "new quiz (home)"),
                row("t", "statistics"),
                row("q Esc", "quit")));
    }

    static View.Box review(Display d) {
        return box(List.of(
                row(d.leftRight() + " n p", "next / previous"),
                row(d.upDown() + " PgUp/Dn", "scroll"),
                row("Esc q", "back to the results")));
    }

    private static View.Box box(List<Line> rows) {
        List<Line> all = new ArrayList<>(rows);
        all.add(Line.of("Any key closes this.", Style.DIM));
        return new View.Box("Help", all);
    }
}
