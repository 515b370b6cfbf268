package newsquiz.bank.formats;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GIFT's text rules, shared by the importer and the exporter: backslash escapes, the
 * {@code [html]}/{@code [markdown]}/{@code [plain]}/{@code [moodle]} format markers, and line layout.
 *
 * <p>The importer first replaces each escaped character with a Unicode noncharacter
 * ({@link #protect}) so that the parser can split on {@code ~ = # { } :} without looking at
 * backslashes again, then puts the characters back in each finished piece of text ({@link #piece}).
 * Noncharacters are reserved for exactly this kind of internal use; any already in the input are
 * replaced first, so the two can never be confused.
 */
final class GiftText {

    /** The text formats a GIFT piece of text can declare. */
    enum Format {
        MOODLE, HTML, PLAIN, MARKDOWN;

        String marker() {
            return "[" + name().toLowerCase(Locale.ROOT) + "]";
        }
    }

    private static final String SPECIALS = "~=#{}:";
    private static final char FIRST_PLACEHOLDER = '\uFDD0';
    private static final char ESCAPED_NEWLINE = '\uFDD6';
    private static final char ESCAPED_BACKSLASH = '\uFDD7';
    private static final Pattern WRAPPED_LINES = Pattern.compile("[ \\t]*(\\R[ \\t]*)+");
    private static final Set<String> MARKERS = Set.of("[moodle]", "[html]", "[plain]", "[markdown]");

    private GiftText() {
    }

    /** Replaces {@code \~ \= \# \{ \} \: \n \\} with placeholders; other backslashes stay as they are. */
    static String protect(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= FIRST_PLACEHOLDER && c <= ESCAPED_BACKSLASH) {
                out.append('\uFFFD');
                continue;
            }
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(i + 1);
                int special = SPECIALS.indexOf(next);
                if (special >= 0) {
                    out.append((char) (FIRST_PLACEHOLDER + special));
                    i++;
                    continue;
                }
                if (next == 'n') {
                    out.append(ESCAPED_NEWLINE);
                    i++;
                    continue;
                }
                if (next == '\\') {
                    out.append(ESCAPED_BACKSLASH);
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Puts back the characters {@link #protect} hid; an escaped {@code \n} becomes a line break. */
    static String restore(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_PLACEHOLDER && c < ESCAPED_NEWLINE) {
                out.append(SPECIALS.charAt(c - FIRST_PLACEHOLDER));
            } else if (c == ESCAPED_NEWLINE) {
                out.append('\n');
            } else if (c == ESCAPED_BACKSLASH) {
                out.append('\\');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A finished piece of text and the format it declared (or inherited). */
    record Piece(String text, Format format) {
    }

    /**
     * Turns a protected piece of GIFT (question text, answer, feedback) into plain text: reads a
     * leading format marker, joins the lines the author wrapped (only an escaped {@code \n} is a
     * line break in the text), restores escaped characters and strips HTML when the format is html.
     */
    static Piece piece(String protectedText, Format inherited) {
        String text = protectedText.strip();
        Format format = inherited;
        for (Format f : Format.values()) {
            if (text.startsWith(f.marker())) {
                format = f;
                text = text.substring(f.marker().length());
                break;
            }
        }
        text = text.strip();
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = WRAPPED_LINES.matcher(text).replaceAll(" ");
        }
        text = restore(text);
        if (format == Format.HTML) {
            text = HtmlText.toPlainText(text);
        }
        return new Piece(text.strip(), format);
    }

    /** Escapes text for a GIFT file: the specials, backslash, and line breaks as {@code \n}. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (SPECIALS.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        String escaped = out.toString();
        // A literal "[html]..." at the start would be read back as a format marker; a marker wins only once.
        for (String marker : MARKERS) {
            if (escaped.startsWith(marker)) {
                return "[plain]" + escaped;
            }
        }
        return escaped;
    }
}
