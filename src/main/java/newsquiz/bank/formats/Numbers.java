package newsquiz.bank.formats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers as people write them in quiz files: 1822, not 1822.0; 0.0005, not 4.99999999999e-4. */
final class Numbers {

    private Numbers() {
    }

    /** Twelve significant digits hide binary rounding (3.1415 + 0.0005 = 3.1420000000000003). */
    static String plain(double d) {
        if (d == 0) {
            return "0";
        }
        return new BigDecimal(d).round(new MathContext(12, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
    }

    /** A GIFT weight: at most five decimals, as Moodle writes 33.33333. */
    static String percent(double d) {
        return BigDecimal.valueOf(d).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
