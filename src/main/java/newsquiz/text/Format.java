package newsquiz.text;

import java.time.Duration;

/** Numbers and durations as both front ends print them. */
public final class Format {

    private Format() {
    }

    /** 2, 1.50, 0.33: whole numbers without decimals, others with two. */
    public static String points(double p) {
        return p == Math.rint(p) ? String.valueOf((long) p) : String.format(java.util.Locale.ROOT, "%.2f", p);
    }

    /** m:ss, or h:mm:ss from an hour. */
    public static String duration(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }

    /** Seconds left on a timer, rounded up, so "0:00" shows only when time is really up. */
    public static String countdown(Duration left) {
        long millis = left.toMillis();
        return duration(Duration.ofSeconds((millis + 999) / 1000));
    }
}
