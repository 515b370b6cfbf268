package newsquiz.tui;

import newsquiz.text.DisplayWidth;

/** Draws a {@link LineEditor} as a field of a fixed width (underscores show its extent), scrolled to keep the cursor in view. */
final class Field {

    private Field() {
    }

    /** The field's line (after {@code prefix}) and the cursor column within the whole line. */
    record Drawn(Line line, int cursorColumn) {
    }

    static Drawn draw(Line prefix, LineEditor editor, int width) {
        int fieldWidth = Math.max(2, width - prefix.columns());
        String text = editor.text();
        // Walk back from the cursor to the first character that still fits (cursor cell included).
        int start = editor.cursor();
        int used = 0;
        while (start > 0) {
            int cp = text.codePointBefore(start);
            int w = DisplayWidth.columns(cp);
            if (used + w > fieldWidth - 1) {
                break;
            }
            used += w;
            start -= Character.charCount(cp);
        }
        String visible = text.substring(start);
        String shown = TextWrap.fit(visible, fieldWidth, "");
        int cursorCol = prefix.columns() + DisplayWidth.columns(text.substring(start, editor.cursor()));
        int fill = Math.max(0, fieldWidth - DisplayWidth.columns(shown));
        return new Drawn(prefix.plus(shown, Style.FIELD).plus("_".repeat(fill), Style.DIM), cursorCol);
    }
}
