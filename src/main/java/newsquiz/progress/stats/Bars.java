package newsquiz.progress.stats;

/**
 * Horizontal bars drawn with block characters in eighths of a cell, so they read without colour and
 * on any terminal with Unicode; the number is always printed beside the bar as well.
 */
public final class Bars {

    private static final char FULL = '\u2588';
    private static final char[] PARTS = {' ', '\u258F', '\u258E', '\u258D', '\u258C', '\u258B', '\u258A', '\u2589'};

    private Bars() {
    }

    /** A bar {@code value / max} of {@code width} cells long, padded with spaces to {@code width}. */
    public static String bar(double value, double max, int width) {
        double f = max <= 0 || value <= 0 ? 0 : Math.min(1, value / max);
        int eighths = (int) Math.round(f * width * 8);
        if (eighths == 0 && value > 0 && max > 0) {
            eighths = 1; // something, however small, is visible
        }
        StringBuilder sb = new StringBuilder(width);
        for (int i = 0; i < eighths / 8; i++) {
            sb.append(FULL);
        }
        if (eighths % 8 != 0) {
            sb.append(PARTS[eighths % 8]);
        }
        while (sb.length() < width) {
            sb.append(' ');
        }
        return sb.toString();
    }
}
