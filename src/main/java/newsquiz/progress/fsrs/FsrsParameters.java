package newsquiz.progress.fsrs;

import java.util.Arrays;

/**
 * The FSRS-6 weights w0..w20. {@link #DEFAULT} holds the published defaults (identical in py-fsrs
 * 6.3.1, fsrs-rs 6.6.1 and ts-fsrs 5.4.1). Older 17- and 19-value vectors are migrated the way
 * fsrs-rs and ts-fsrs do it; out-of-range values are rejected, as py-fsrs does, rather than clipped
 * silently.
 */
public final class FsrsParameters {

    private static final double[] LOWER = {0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0,
            0.001, 0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0, 0.1};
    private static final double[] UPPER = {100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25,
            0.9, 4, 1, 6, 2, 2, 0.8, 0.8};

    // Declared after the bounds: static fields initialise in order and of() reads them.
    public static final FsrsParameters DEFAULT = of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    private final double[] w;

    private FsrsParameters(double[] w) {
        this.w = w;
    }

    /** 21 FSRS-6 values, or 19 (FSRS-5) or 17 (FSRS-4.5) values that are migrated to FSRS-6. */
    public static FsrsParameters of(double... values) {
        double[] w = migrate(values);
        for (int i = 0; i < 21; i++) {
            if (!(w[i] >= LOWER[i] && w[i] <= UPPER[i])) {
                throw new IllegalArgumentException(
                        "FSRS parameter w" + i + " = " + w[i] + " is outside [" + LOWER[i] + ", " + UPPER[i] + "]");
            }
        }
        return new FsrsParameters(w);
    }

    private static double[] migrate(double[] v) {
        switch (v.length) {
            case 21:
                return v.clone();
            case 19: {
                double[] w = Arrays.copyOf(v, 21);
                w[19] = 0.0;
                w[20] = 0.5;
                return w;
            }
            case 17: {
                double[] w = Arrays.copyOf(v, 21);
                w[4] = v[4] + 2 * v[5];
                w[5] = Math.log(1 + 3 * v[5]) / 3;
                w[6] = v[6] + 0.5;
                w[17] = 0;
                w[18] = 0;
                w[19] = 0;
                w[20] = 0.5;
                return w;
            }
            default:
                throw new IllegalArgumentException("FSRS needs 17, 19 or 21 parameters, got " + v.length);
        }
    }

    public double w(int i) {
        return w[i];
    }

    public double[] toArray() {
        return w.clone();
    }

    /** Returns a copy with one weight replaced (validated like {@link #of}). */
    public FsrsParameters with(int index, double value) {
        double[] copy = w.clone();
        copy[index] = value;
        return of(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FsrsParameters && Arrays.equals(w, ((FsrsParameters) o).w);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(w);
    }

    @Override
    public String toString() {
        return Arrays.toString(w);
    }
}
