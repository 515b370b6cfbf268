package newsquiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScrollTest {

    private static final int HEIGHT = 10;
    private static final int MAX = 25;

    @Test
    void linesWithArrowsOrJk() {
        assertThat(Scroll.after(Key.of(Key.Kind.DOWN), 3, HEIGHT, MAX)).isEqualTo(4);
        assertThat(Scroll.after(Key.ch('j'), 3, HEIGHT, MAX)).isEqualTo(4);
        assertThat(Scroll.after(Key.of(Key.Kind.UP), 3, HEIGHT, MAX)).isEqualTo(2);
        assertThat(Scroll.after(Key.ch('k'), 3, HEIGHT, MAX)).isEqualTo(2);
    }

    @Test
    void pagesKeepOneLineInViewAndEndsJump() {
        assertThat(Scroll.after(Key.of(Key.Kind.PAGE_DOWN), 3, HEIGHT, MAX)).isEqualTo(12);
        assertThat(Scroll.after(Key.of(Key.Kind.PAGE_UP), 12, HEIGHT, MAX)).isEqualTo(3);
        assertThat(Scroll.after(Key.of(Key.Kind.END), 3, HEIGHT, MAX)).isEqualTo(MAX);
        assertThat(Scroll.after(Key.of(Key.Kind.HOME), 20, HEIGHT, MAX)).isZero();
        // a one-line window still moves a page at a time
        assertThat(Scroll.after(Key.of(Key.Kind.PAGE_DOWN), 3, 1, MAX)).isEqualTo(4);
    }

    @Test
    void neverLeavesTheBody() {
        assertThat(Scroll.after(Key.of(Key.Kind.UP), 0, HEIGHT, MAX)).isZero();
        assertThat(Scroll.after(Key.of(Key.Kind.DOWN), MAX, HEIGHT, MAX)).isEqualTo(MAX);
        assertThat(Scroll.after(Key.of(Key.Kind.PAGE_DOWN), 20, HEIGHT, MAX)).isEqualTo(MAX);
        // the window grew, so less can be scrolled: an unrelated key still pulls the body back
        assertThat(Scroll.after(Key.ch('x'), 30, HEIGHT, MAX)).isEqualTo(MAX);
        assertThat(Scroll.after(Key.ch('x'), 7, HEIGHT, 0)).isZero();
    }
}
