package newsquiz.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * ISO-8601 UTC timestamps ({@code 2025-01-31T09:05:00Z}, with {@code .SSS} when there are
 * milliseconds), written and read by hand: {@link Instant#parse} is the slowest step when loading
 * hundreds of thousands of timestamps. Anything else ISO falls back to {@link Instant#parse}.
 */
final class Instants {

    private Instants() {
    }

    static String format(Instant t) {
        long sec = t.getEpochSecond();
        long day = Math.floorDiv(sec, 86400);
        int secOfDay = (int) Math.floorMod(sec, 86400);
        LocalDate date = LocalDate.ofEpochDay(day);
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return t.toString();
        }
        int millis = t.getNano() / 1_000_000;
        if (t.getNano() % 1_000_000 != 0) {
            return t.toString();
        }
        char[] c = new char[millis == 0 ? 20 : 24];
        put4(c, 0, year);
        c[4] = '-';
        put2(c, 5, date.getMonthValue());
        c[7] = '-';
        put2(c, 8, date.getDayOfMonth());
        c[10] = 'T';
        put2(c, 11, secOfDay / 3600);
        c[13] = ':';
        put2(c, 14, secOfDay / 60 % 60);
        c[16] = ':';
        put2(c, 17, secOfDay % 60);
        if (millis == 0) {
            c[19] = 'Z';
        } else {
            c[19] = '.';
            c[20] = (char) ('0' + millis / 100);
            c[21] = (char) ('0' + millis / 10 % 10);
            c[22] = (char) ('0' + millis % 10);
            c[23] = 'Z';
        }
        return new String(c);
    }

    static Instant parse(String s) {
        int n = s.length();
        if ((n == 20 || n == 24) && s.charAt(n - 1) == 'Z' && s.charAt(4) == '-' && s.charAt(7) == '-'
                && s.charAt(10) == 'T' && s.charAt(13) == ':' && s.charAt(16) == ':'
                && (n == 20 || s.charAt(19) == '.')) {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 2);
            int day = digits(s, 8, 2);
            int hour = digits(s, 11, 2);
            int minute = digits(s, 14, 2);
            int second = digits(s, 17, 2);
            int millis = n == 24 ? digits(s, 20, 3) : 0;
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour < 24
                    && minute >= 0 && minute < 60 && second >= 0 && second < 60 && millis >= 0) {
                try {
                    long epochDay = LocalDate.of(year, month, day).toEpochDay();
                    return Instant.ofEpochSecond(epochDay * 86400 + hour * 3600L + minute * 60L + second,
                            millis * 1_000_000L);
                } catch (java.time.DateTimeException e) {
                    throw new DateTimeParseException("invalid date", s, 0, e);
                }
            }
        }
        return Instant.parse(s);
    }

    /** The value of {@code len} decimal digits at {@code from}, or -1 if any is not a digit. */
    private static int digits(String s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    private static void put2(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 10);
        c[at + 1] = (char) ('0' + v % 10);
    }

    private static void put4(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 1000);
        c[at + 1] = (char) ('0' + v / 100 % 10);
        c[at + 2] = (char) ('0' + v / 10 % 10);
        c[at + 3] = (char) ('0' + v % 10);
    }
}
