package newsquiz.classroom;

import java.time.Duration;
import java.util.Locale;

/** How reports write points, shares and times, the same way in every format. */
final class ReportNumbers {

    private ReportNumbers() {
    }

    /** 5, 2.5, 0.33: no trailing zeros. */
    static String points(double p) {
        if (Math.abs(p - Math.rint(p)) < 1e-9) {
            return String.valueOf((long) Math.rint(p));
        }
        return String.format(Locale.ROOT, "%.2f", p).replaceAll("0+$", "");
    }

    /** Rounded to {@code places} decimals, for CSV and JSON. */
    static double round(double v, int places) {
        double scale = Math.pow(10, places);
        return Math.round(v * scale) / scale;
    }

    static String fixed(double v, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", v);
    }

    /** m:ss, or h:mm:ss from an hour up. */
    static String clock(Duration d) {
        long s = Math.round(d.toMillis() / 1000.0);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    static String clock(double seconds) {
        return clock(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    /** A = 0, B = 1, ... then AA after Z (banks rarely have more than a handful of options). */
    static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : letter(index / 26 - 1) + letter(index % 26);
    }
}
