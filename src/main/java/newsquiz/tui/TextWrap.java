package newsquiz.tui;

import java.util.ArrayList;
import java.util.List;
import newsquiz.text.DisplayWidth;

/** Word wrapping by display columns (a wide character takes two). */
public final class TextWrap {

    private TextWrap() {
    }

    /** {@code text} broken into lines of at most {@code width} columns; line breaks in it are kept. */
    public static List<String> wrap(String text, int width) {
        int w = Math.max(1, width);
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, w, out);
        }
        return out;
    }

    private static void wrapParagraph(String paragraph, int width, List<String> out) {
        StringBuilder line = new StringBuilder();
        int lineCols = 0;
        for (String word : paragraph.strip().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            int wordCols = DisplayWidth.columns(word);
            int needed = lineCols == 0 ? wordCols : lineCols + 1 + wordCols;
            if (needed <= width) {
                if (lineCols > 0) {
                    line.append(' ');
                }
                line.append(word);
                lineCols = needed;
                continue;
            }
            if (lineCols > 0) {
                out.add(line.toString());
                line.setLength(0);
                lineCols = 0;
            }
            // A word longer than the line is cut, code point by code point.
            int i = 0;
            while (i < word.length()) {
                int cp = word.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                int cols = DisplayWidth.columns(ch);
                if (lineCols + cols > width && lineCols > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                    lineCols = 0;
                }
                line.append(ch);
                lineCols += cols;
                i += Character.charCount(cp);
            }
        }
        out.add(line.toString());
    }

    /**
     * A prefix (e.g. "› A  ") followed by wrapped text; continuation lines are indented by the
     * prefix's width so the text forms a column.
     */
    public static List<Line> hanging(Line prefix, String text, Style style, int width) {
        int indent = prefix.columns();
        List<String> parts = wrap(text, Math.max(1, width - indent));
        List<Line> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            Line start = i == 0 ? prefix : Line.of(" ".repeat(indent));
            out.add(start.plus(parts.get(i), style));
        }
        return out;
    }

    /** Cuts {@code text} to {@code width} columns, ending with {@code ellipsis} when it was cut. */
    public static String fit(String text, int width, String ellipsis) {
        if (DisplayWidth.columns(text) <= width) {
            return text;
        }
        int budget = Math.max(0, width - DisplayWidth.columns(ellipsis));
        StringBuilder sb = new StringBuilder();
        int cols = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int c = DisplayWidth.columns(ch);
            if (cols + c > budget) {
                break;
            }
            sb.append(ch);
            cols += c;
            i += Character.charCount(cp);
        }
        return width >= DisplayWidth.columns(ellipsis) ? sb + ellipsis : sb.toString();
    }

    /** Pads {@code text} with spaces to {@code width} columns. */
    public static String pad(String text, int width) {
        int cols = DisplayWidth.columns(text);
        return cols >= width ? text : text + " ".repeat(width - cols);
    }

    /** Pieces laid out left to right with {@code gap} between them, starting a new line when one is full. */
    public static List<Line> flow(List<Line> pieces, String gap, int width) {
        List<Line> out = new ArrayList<>();
        Line current = Line.EMPTY;
        for (Line piece : pieces) {
            if (current.columns() > 0 && current.columns() + gap.length() + piece.columns() > width) {
                out.add(current);
                current = Line.EMPTY;
            }
            if (current.columns() > 0) {
                current = current.plus(gap);
            }
            for (Line.Span s : piece.spans()) {
                current = current.plus(s.text(), s.style());
            }
        }
        if (current.columns() > 0) {
            out.add(current);
        }
        return out;
    }
}
