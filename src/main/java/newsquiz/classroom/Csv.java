package newsquiz.classroom;

import java.util.List;

/**
 * CSV as RFC 4180 writes it: fields with a comma, double quote, CR or LF are quoted, quotes inside
 * doubled, records end with CRLF. Text that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, tab or CR) gets a leading apostrophe, the OWASP advice against CSV injection: a
 * student named {@code =HYPERLINK(...)} stays a name.
 */
final class Csv {

    static final String EOL = "\r\n";

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
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object f = fields.get(i);
            sb.append(f == null ? "" : f instanceof String s ? quote(defuse(s)) : quote(f.toString()));
        }
        return sb.append(EOL).toString();
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** Text fields only: numbers are passed as numbers, so "-0.25" stays a negative number. */
    static String defuse(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
