package newsquiz.classroom;

/** Pearson's correlation coefficient; with one 0/1 variable it is the point-biserial correlation. */
final class Correlation {

    private static final double EPSILON = 1e-12;

    private Correlation() {
    }

    /** r of x and y (same length); null when there are fewer than 3 pairs or either does not vary. */
    static Double pearson(double[] x, double[] y) {
        int n = x.length;
        if (n < 3 || y.length != n) {
            return null;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        if (sxx < EPSILON || syy < EPSILON) {
            return null;
        }
        return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
    }
}
