package newsquiz.tui;

import java.util.ArrayList;
import java.util.List;
import newsquiz.text.DisplayWidth;

/**
 * A {@link LineEditor} shown over as many lines as its text needs (cut at the width, not at word
 * boundaries, so the cursor's place is exact), for texts longer than a field: prompts and
 * explanations being edited.
 */
final class WrappedField {

    private WrappedField() {
    }

    /** The lines; focus and cursor are on the line with the cursor. */
    static Body draw(LineEditor editor, int width) {
        String text = editor.text().replace('\n', ' ').replace('\t', ' ');
        int room = Math.max(2, width);
        List<Line> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int used = 0;
        int cursorLine = -1;
        int cursorColumn = 0;
        int i = 0;
        while (i <= text.length()) {
            if (i == editor.cursor()) {
                if (used >= room) { // the cursor after a full line goes to the start of the next
                    lines.add(Line.of(current.toString(), Style.FIELD));
                    current.setLength(0);
                    used = 0;
                }
                cursorLine = lines.size();
                cursorColumn = used;
            }
            if (i == text.length()) {
                break;
            }
            int cp = text.codePointAt(i);
            int w = DisplayWidth.columns(cp);
            if (used + w > room) {
                lines.add(Line.of(current.toString(), Style.FIELD));
                current.setLength(0);
                used = 0;
            }
            if (Character.isISOControl(cp)) {
                cp = ' ';
            }
            current.appendCodePoint(cp);
            used += w;
            i += Character.charCount(text.codePointAt(i));
        }
        lines.add(Line.of(current.toString(), Style.FIELD));
        return new Body(lines, cursorLine, new View.Cursor(cursorLine, cursorColumn));
    }
}
