package newsquiz.tui;

import java.util.ArrayList;
import java.util.List;

/** Lines of a screen's body with the line to keep visible and where the text cursor goes (or null). */
public record Body(List<Line> lines, int focus, View.Cursor cursor) {

    public Body {
        lines = List.copyOf(lines);
    }

    public static Body of(List<Line> lines) {
        return new Body(lines, 0, null);
    }

    /** This body after {@code head}: focus and cursor move down by the head's length. */
    public Body after(List<Line> head) {
        List<Line> all = new ArrayList<>(head);
        all.addAll(lines);
        View.Cursor c = cursor == null ? null : new View.Cursor(cursor.line() + head.size(), cursor.column());
        return new Body(all, focus + head.size(), c);
    }
}
