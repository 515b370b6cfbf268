package newsquiz.progress.fsrs;

/** The four FSRS grades. {@link #value()} is the G in the formulas (1..4). */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int value;

    Rating(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public static Rating of(int value) {
        if (value < 1 || value > 4) {
            throw new IllegalArgumentException("rating must be 1..4, was " + value);
        }
        return values()[value - 1];
    }
}
