package newsquiz.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;

/**
 * Draws text into a Lanterna {@link TextGraphics}, clipped to a width. Last line of defence:
 * whatever a view forgot to clean, no control character reaches the terminal, and nothing but
 * ASCII does when the locale is not UTF-8.
 */
public final class Painter {

    private final TextGraphics g;
    private final Theme theme;
    private final Display display;
    private final Size size;

    public Painter(TextGraphics g, Theme theme, Display display) {
        this.g = g;
        this.theme = theme;
        this.display = display;
        this.size = new Size(g.getSize().getColumns(), g.getSize().getRows());
    }

    public Size size() {
        return size;
    }

    public Display display() {
        return display;
    }

    /** Blanks {@code width} cells of {@code row} from {@code col} in the style's background. */
    public void fill(int row, int col, int width, Style style) {
        if (row < 0 || row >= size.rows() || width <= 0) {
            return;
        }
        TextCharacter blank = theme.cell(style, ' ');
        for (int x = Math.max(col, 0), end = Math.min(col + width, size.columns()); x < end; x++) {
            g.setCharacter(x, row, blank);
        }
    }

    /** Draws {@code text} at (col, row), at most {@code maxCols} columns; returns the columns used. */
    public int text(int col, int row, String text, Style style, int maxCols) {
        if (row < 0 || row >= size.rows() || col >= size.columns() || maxCols <= 0) {
            return 0;
        }
        int limit = Math.min(maxCols, size.columns() - col);
        int cols = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = clean(text, i);
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()) {
                i++;
            }
            if (c == 0) {
                continue;
            }
            // Nothing below U+1100 is wide; Lanterna's own check is slow (Character.UnicodeBlock).
            int w = c >= 0x1100 && TerminalTextUtils.isCharDoubleWidth(c) ? 2 : 1;
            if (cols + w > limit) {
                break;
            }
            // the theme's shared cells, not putString: see Cells
            g.setCharacter(col + cols, row, theme.cell(style, c));
            cols += w;
        }
        return cols;
    }

    /** Draws a line of spans, clipped to {@code width}. */
    public void line(int col, int row, Line line, int width) {
        int used = 0;
        for (Line.Span s : line.spans()) {
            if (used >= width) {
                break;
            }
            used += text(col + used, row, s.text(), s.style(), width - used);
        }
    }

    /** The character to draw for text[i]: 0 to drop it, '?' for what this terminal cannot show. */
    private char clean(String text, int i) {
        char c = text.charAt(i);
        if (c < ' ' || (c >= 0x7f && c < 0xa0)) {
            return 0;
        }
        if (Character.isSurrogate(c)) {
            return Character.isHighSurrogate(c) ? '?' : 0; // Lanterna 3.1.3 cannot draw these
        }
        if (!display.utf8() && c > 0x7e) {
            return '?';
        }
        return c;
    }
}
