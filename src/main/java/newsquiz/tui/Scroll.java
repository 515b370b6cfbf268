package newsquiz.tui;

/**
 * Scrolling a body taller than the window with the usual keys (arrows or j/k a line, PgUp/PgDn a
 * window less one line, so one line stays in view, Home/End the ends); shared by the screens that
 * scroll, so every one answers the same keys the same way.
 */
final class Scroll {

    private Scroll() {
    }

    /**
     * The first line shown after {@code key}, kept within 0..{@code max}; {@code scroll} itself
     * (clamped, since the window may have grown) when the key does not scroll.
     */
    static int after(Key key, int scroll, int height, int max) {
        int s = Math.min(scroll, max);
        int page = Math.max(1, height - 1);
        if (key.up() || key.is('k')) {
            s--;
        } else if (key.down() || key.is('j')) {
            s++;
        } else if (key.kind() == Key.Kind.PAGE_UP) {
            s -= page;
        } else if (key.kind() == Key.Kind.PAGE_DOWN) {
            s += page;
        } else if (key.kind() == Key.Kind.HOME) {
            s = 0;
        } else if (key.kind() == Key.Kind.END) {
            s = max;
        }
        return Math.max(0, Math.min(max, s));
    }
}
