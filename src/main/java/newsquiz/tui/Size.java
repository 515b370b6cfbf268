package newsquiz.tui;

/** Terminal size in character cells. */
public record Size(int columns, int rows) {

    public static final Size MINIMUM = new Size(40, 12);

    public boolean tooSmall() {
        return columns < MINIMUM.columns || rows < MINIMUM.rows;
    }

    @Override
    public String toString() {
        return columns + "x" + rows;
    }
}
