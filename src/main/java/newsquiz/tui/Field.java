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
        int start = 0;
        while (DisplayWidth.columns(text.substring(start, editor.cursor())) > fieldWidth - 1) {
            start += Character.isHighSurrogate(text.charAt(start)) ? 2 : 1;
        }
        String visible = text.substring(start);
        String shown = TextWrap.fit(visible, fieldWidth, "");
        int cursorCol = prefix.columns() + DisplayWidth.columns(text.substring(start, editor.cursor()));
        int fill = Math.max(0, fieldWidth - DisplayWidth.columns(shown));
        return new Drawn(prefix.plus(shown, Style.FIELD).plus("_".repeat(fill), Style.DIM), cursorCol);
    }
}
