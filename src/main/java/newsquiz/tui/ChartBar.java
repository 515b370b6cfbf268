package newsquiz.tui;

import newsquiz.progress.stats.Bars;

/**
 * A horizontal bar on a track of the full width, so its length reads against the whole without
 * colour: block characters in eighths of a cell in UTF-8 ({@link Bars}, as {@code newsquiz stats}
 * draws them), whole {@code #} cells on {@code .} in ASCII.
 */
final class ChartBar {

    private ChartBar() {
    }

    static Line of(double value, double max, int width, Display d) {
        String filled;
        if (d.utf8()) {
            filled = Bars.bar(value, max, width).stripTrailing();
        } else {
            double f = max <= 0 || value <= 0 ? 0 : Math.min(1, value / max);
            int cells = (int) Math.round(f * width);
            if (cells == 0 && f > 0) {
                cells = 1; // something, however small, is visible
            }
            filled = d.glyphs().full().repeat(cells);
        }
        return Line.of(filled, Style.GOOD).plus(d.glyphs().empty().repeat(width - filled.length()), Style.DIM);
    }
}
