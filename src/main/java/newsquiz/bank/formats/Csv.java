package newsquiz.bank.formats;

import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV, written by hand: the whole rule set is "quote a field holding a comma, quote or
 * line break, double its quotes, end records with CRLF", which is less code than a dependency.
 *
 * <p>Spreadsheets run a cell that starts with {@code = + - @} as a formula (CSV injection), so such
 * text cells get a leading apostrophe, which spreadsheets hide. Numbers are left alone.
 */
final class Csv {

    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private Csv() {
    }

    static String row(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(field(fields.get(i)));
        }
        return b.append("\r\n").toString();
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !NUMBER.matcher(v).matches()) {
            v = "'" + v;
        }
        v = v.replace("\r\n", "\n").replace('\r', '\n');
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
