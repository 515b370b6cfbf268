package newsquiz.bank.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV, written by hand: the whole rule set is "quote a field holding a comma, quote or
 * line break, double its quotes, end records with CRLF", which is less code than a dependency.
 * The one CSV writer: the bank export, the class report and the statistics all write their
 * records with {@link #record}; each keeps its own rule for text a spreadsheet could run.
 *
 * <p>Spreadsheets run a cell that starts with {@code = + - @} as a formula (CSV injection), so in
 * the bank export ({@link #row}) such text cells get a leading apostrophe, which spreadsheets
 * hide. Numbers are left alone.
 */
public final class Csv {

    /** The end of every record. */
    public static final String EOL = "\r\n";

    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private Csv() {
    }

    /** One record of {@code cells} as they are ({@code null} is empty), each quoted if it needs to be. */
    public static String record(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String cell = cells.get(i);
            b.append(cell == null ? "" : quote(cell));
        }
        return b.append(EOL).toString();
    }

    /** {@code cell} in double quotes, its quotes doubled, if it holds a comma, quote, CR or LF; else as it is. */
    public static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\r') < 0 && cell.indexOf('\n') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** A record of the bank export: each cell as {@link #field} writes it. */
    static String row(List<String> fields) {
        List<String> cells = new ArrayList<>(fields.size());
        for (String f : fields) {
            cells.add(text(f));
        }
        return record(cells);
    }

    /** A cell of the bank export, quoted if need be. */
    static String field(String value) {
        return quote(text(value));
    }

    /** A cell of the bank export before quoting: formulas defused, line breaks made LF. */
    private static String text(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !NUMBER.matcher(v).matches()) {
            v = "'" + v;
        }
        return v.replace("\r\n", "\n").replace('\r', '\n');
    }
}
