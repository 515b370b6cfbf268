package newsquiz.tui;

import com.googlecode.lanterna.TerminalPosition;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout every screen shares: a header bar, a progress bar, the body (scrolled so its focus
 * line stays visible), a message line and a footer listing the keys that work now.
 * The layout arithmetic is public and pure so update functions can page through a body.
 */
public final class Frame {

    private Frame() {
    }

    public static int bodyTop(Size size) {
        return size.rows() >= 16 ? 3 : 2;
    }

    public static int bodyHeight(Size size) {
        return Math.max(1, size.rows() - 2 - bodyTop(size));
    }

    public static int bodyWidth(Size size) {
        return Math.max(1, size.columns() - 2);
    }

    /** The first body line shown. */
    public static int offset(View view, int height) {
        int max = Math.max(0, view.body().size() - height);
        if (view.scroll() >= 0) {
            return Math.min(view.scroll(), max);
        }
        int focus = Math.max(0, view.focus());
        int offset = focus >= height ? focus - height + 2 : 0;
        return Math.max(0, Math.min(offset, max));
    }

    /** The scroll position one page up or down from where {@code view} is now. */
    public static int page(View view, Size size, int direction) {
        int height = bodyHeight(size);
        int max = Math.max(0, view.body().size() - height);
        int next = offset(view, height) + direction * Math.max(1, height - 1);
        return Math.max(0, Math.min(next, max));
    }

    /** Draws {@code view}; returns where the text cursor should be, or null to hide it. */
    public static TerminalPosition draw(View view, Painter p) {
        Size size = p.size();
        int cols = size.columns();
        Display d = p.display();

        p.fill(0, 0, cols, Style.HEADER);
        String status = view.status() == null ? "" : view.status();
        int statusCols = Math.min(cols - 2, Line.of(status).columns());
        int titleRoom = Math.max(0, cols - statusCols - 4);
        p.text(1, 0, TextWrap.fit(view.title(), titleRoom, d.glyphs().ellipsis()), Style.HEADER, titleRoom);
        if (!status.isEmpty()) {
            p.text(cols - 1 - statusCols, 0, status, view.statusStyle(), statusCols);
        }

        if (view.progress() != null) {
            drawProgress(view.progress(), p, cols);
        }

        int top = bodyTop(size);
        int height = bodyHeight(size);
        int width = bodyWidth(size);
        int offset = offset(view, height);
        for (int i = 0; i < height && offset + i < view.body().size(); i++) {
            p.line(1, top + i, view.body().get(offset + i), width);
        }

        int messageRow = size.rows() - 2;
        String more = moreHint(view, offset, height, d);
        int moreCols = Line.of(more).columns();
        if (view.message() != null) {
            int room = Math.max(0, cols - 2 - (more.isEmpty() ? 0 : moreCols + 2));
            p.text(1, messageRow, TextWrap.fit(view.message(), room, d.glyphs().ellipsis()), view.messageStyle(), room);
        }
        if (!more.isEmpty()) {
            p.text(cols - 1 - moreCols, messageRow, more, Style.DIM, moreCols);
        }

        p.line(1, size.rows() - 1, footer(view.keys(), cols - 2), cols - 2);

        TerminalPosition cursor = null;
        if (view.cursor() != null) {
            int line = view.cursor().line() - offset;
            if (line >= 0 && line < height) {
                cursor = new TerminalPosition(Math.min(cols - 1, 1 + view.cursor().column()), top + line);
            }
        }
        if (view.overlay() != null) {
            drawBox(view.overlay(), p);
            cursor = null;
        }
        return cursor;
    }

    private static void drawProgress(View.Progress progress, Painter p, int cols) {
        String label = " " + progress.done() + "/" + progress.total();
        int barWidth = Math.max(0, cols - 2 - label.length());
        int filled = progress.total() == 0 ? 0 : (int) Math.round((double) barWidth * progress.done() / progress.total());
        String full = p.display().glyphs().full();
        String empty = p.display().glyphs().empty();
        p.text(1, 1, full.repeat(filled), Style.GOOD, filled);
        p.text(1 + filled, 1, empty.repeat(barWidth - filled), Style.DIM, barWidth - filled);
        p.text(1 + barWidth, 1, label, Style.DIM, label.length());
    }

    private static String moreHint(View view, int offset, int height, Display d) {
        boolean above = offset > 0;
        boolean below = offset + height < view.body().size();
        if (!above && !below) {
            return "";
        }
        String arrows = d.utf8() ? (above && below ? "↑↓" : above ? "↑" : "↓") : (above && below ? "up/down" : above ? "up" : "down");
        return "more " + arrows;
    }

    /**
     * The key hints that fit in {@code width}: optional ones go first, then the others from the
     * end; the last one (help) is always kept.
     */
    static Line footer(List<KeyHint> keys, int width) {
        List<KeyHint> shown = new ArrayList<>(keys);
        while (shown.size() > 1 && footerLine(shown).columns() > width) {
            int drop = shown.size() - 2;
            for (int i = shown.size() - 2; i >= 0; i--) {
                if (shown.get(i).optional()) {
                    drop = i;
                    break;
                }
            }
            shown.remove(drop);
        }
        return footerLine(shown);
    }

    private static Line footerLine(List<KeyHint> keys) {
        Line line = Line.EMPTY;
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                line = line.plus("  ");
            }
            line = line.plus(keys.get(i).key(), Style.KEY).plus(" " + keys.get(i).action(), Style.NORMAL);
        }
        return line;
    }

    /** A bordered box in the middle of the screen. */
    public static void drawBox(View.Box box, Painter p) {
        Size size = p.size();
        String[] b = p.display().box();
        int inner = Line.of(box.title()).columns() + 2;
        for (Line l : box.lines()) {
            inner = Math.max(inner, l.columns());
        }
        int width = Math.min(inner + 4, size.columns() - 2);
        int height = Math.min(box.lines().size() + 2, size.rows() - 2);
        int left = (size.columns() - width) / 2;
        int top = (size.rows() - height) / 2;
        for (int r = 0; r < height; r++) {
            p.fill(top + r, left, width, Style.NORMAL);
        }
        String title = " " + box.title() + " ";
        String topEdge = b[0] + b[4] + title + b[4].repeat(Math.max(0, width - 3 - Line.of(title).columns())) + b[1];
        p.text(left, top, TextWrap.fit(topEdge, width, ""), Style.TITLE, width);
        p.text(left, top + height - 1, b[2] + b[4].repeat(width - 2) + b[3], Style.TITLE, width);
        for (int r = 1; r < height - 1; r++) {
            p.text(left, top + r, b[5], Style.TITLE, 1);
            p.text(left + width - 1, top + r, b[5], Style.TITLE, 1);
            if (r - 1 < box.lines().size()) {
                p.line(left + 2, top + r, box.lines().get(r - 1), width - 4);
            }
        }
    }
}
