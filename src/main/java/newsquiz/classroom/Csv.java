package newsquiz.classroom;

import java.util.ArrayList;
import java.util.List;

/**
 * The class report's cells, written as CSV records by {@link newsquiz.bank.formats.Csv} (RFC 4180:
 * fields with a comma, double quote, CR or LF are quoted, quotes inside doubled, records end with
 * CRLF). Text that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or CR)
 * gets a leading apostrophe, the OWASP advice against CSV injection: a student named
 * {@code =HYPERLINK(...)} stays a name.
 */
final class Csv {

    static final String EOL = newsquiz.bank.formats.Csv.EOL;

    /** A number already formatted: written as it is, never taken for text that could be a formula. */
    record Num(String value) {
        @Override
        public String toString() {
            return value;
        }
    }

    private Csv() {
    }

    /** One record; {@code null} fields are empty; strings are text, anything else is written with toString. */
    static String row(List<?> fields) {
        List<String> cells = new ArrayList<>(fields.size());
        for (Object f : fields) {
            cells.add(f == null ? null : f instanceof String s ? defuse(s) : f.toString());
        }
        return newsquiz.bank.formats.Csv.record(cells);
    }

    /** Text fields only: numbers are passed as numbers, so "-0.25" stays a negative number. */
    static String defuse(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
