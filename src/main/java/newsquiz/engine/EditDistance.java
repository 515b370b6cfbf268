package newsquiz.engine;

import java.util.Objects;

/**
 * Damerau-Levenshtein distance in its <em>optimal string alignment</em> (OSA) form: the number of
 * insertions, deletions, substitutions and transpositions of two adjacent characters that turn
 * one string into the other, where no substring is edited more than once. It differs from the
 * unrestricted Damerau-Levenshtein distance only in odd cases ("ca" → "abc" is 3 here, 2
 * unrestricted), which do not matter for spotting typing slips.
 *
 * <p>Works on Unicode code points, so a letter outside the Basic Multilingual Plane counts once.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /** The OSA distance between {@code a} and {@code b}. */
    public static int distance(CharSequence a, CharSequence b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return osa(codePoints(a), codePoints(b), Integer.MAX_VALUE - 1);
    }

    /**
     * The OSA distance capped at {@code max + 1}: returns the distance when it is at most
     * {@code max}, and {@code max + 1} otherwise. Only a band of width {@code 2 * max + 1} around
     * the diagonal is computed and the computation stops as soon as the bound is exceeded, so
     * checking "within one or two edits" costs O(length * max).
     *
     * @throws IllegalArgumentException when {@code max} is negative
     */
    public static int distance(CharSequence a, CharSequence b, int max) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (max < 0) {
            throw new IllegalArgumentException("max must be >= 0, was " + max);
        }
        return osa(codePoints(a), codePoints(b), Math.min(max, Integer.MAX_VALUE - 1));
    }

    /** True when {@code a} and {@code b} are at most {@code max} edits apart. */
    public static boolean within(CharSequence a, CharSequence b, int max) {
        return distance(a, b, max) <= max;
    }

    private static int[] codePoints(CharSequence s) {
        return s.codePoints().toArray();
    }

    private static int osa(int[] x, int[] y, int max) {
        int n = x.length;
        int m = y.length;
        int over = max + 1;
        if (Math.abs(n - m) > max) {
            return over;
        }
        if (n == 0 || m == 0) {
            return Math.max(n, m);
        }
        // Three rows: i-2 (for transpositions), i-1 and i. Cells outside the band
        // |i - j| <= max are at least max + 1 apart and are held at "over".
        int[] before = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j <= max ? j : over;
        }
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - max);
            int hi = (int) Math.min(m, (long) i + max);
            cur[0] = i <= max ? i : over;
            if (lo > 1) {
                cur[lo - 1] = over;
            }
            int rowMin = cur[lo - 1];
            for (int j = lo; j <= hi; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                cur[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (hi < m) {
                cur[hi + 1] = over;
            }
            // Every row's minimum is at most the previous row's plus one, so if this row is all
            // above max, row i-1 was at least max; later rows come from this row or, through a
            // transposition costing 1, from row i-1: they stay above max, and so does the result.
            if (rowMin > max) {
                return over;
            }
            int[] recycled = before;
            before = prev;
            prev = cur;
            cur = recycled;
        }
        return Math.min(prev[m], over);
    }
}
