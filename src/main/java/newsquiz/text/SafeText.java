package newsquiz.text;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Makes text from a bank (which is data, possibly hostile) safe to write to a terminal.
 *
 * <p>{@link #forTerminal} and {@link #forTerminalMultiline}:
 * <ul>
 *   <li>terminal escape sequences are removed whole, whether introduced by ESC or by a C1 control:
 *       CSI ({@code ESC [ ... final}), OSC ({@code ESC ] ... BEL/ST}, e.g. the OSC 52 clipboard
 *       write), DCS, SOS, PM, APC (up to ST, BEL, CAN or SUB; unterminated ones run to the end of the
 *       text), and two- or three-character escapes ({@code ESC c}, {@code ESC ( B}). Each run of
 *       removed sequences leaves one visible {@link #REMOVED} mark, so the learner sees that
 *       something was there but never its payload;</li>
 *   <li>every other C0 and C1 control character and DEL is removed, NUL included; line breaks
 *       (LF, CR, CRLF, NEL, U+2028, U+2029) and tabs become a space, or are kept (line breaks as
 *       {@code \n}) by the multi-line variant;</li>
 *   <li>format characters are removed: bidi embeddings, overrides and isolates (U+202A-U+202E,
 *       U+2066-U+2069, the marks U+200E/U+200F/U+061C), zero-width spaces and joiners, word joiner,
 *       soft hyphen, byte order mark, tag characters;</li>
 *   <li>lone surrogates and noncharacters (U+FFFE, U+FFFF, ...) become U+FFFD.</li>
 * </ul>
 * Both are idempotent. {@link #asciiFallback} is for terminals whose locale is not UTF-8.
 */
public final class SafeText {

    /** Left where escape sequences were removed: SYMBOL FOR ESCAPE, one column wide. */
    public static final char REMOVED = '\u241B';

    /** What {@link #asciiFallback} prints for a character it cannot spell in ASCII. */
    public static final char NO_ASCII = '_';

    private static final char ESC = 0x1B;
    private static final char BEL = 0x07;
    private static final char CAN = 0x18;
    private static final char SUB = 0x1A;
    private static final char C1_DCS = 0x90;
    private static final char C1_SOS = 0x98;
    private static final char C1_CSI = 0x9B;
    private static final char C1_ST = 0x9C;
    private static final char C1_OSC = 0x9D;
    private static final char C1_PM = 0x9E;
    private static final char C1_APC = 0x9F;
    private static final char C1_NEL = 0x85;

    private SafeText() {
    }

    /** One line of safe text: line breaks and tabs become spaces. */
    public static String forTerminal(String s) {
        return sanitize(s, false);
    }

    /** Safe text that keeps its line breaks (as {@code \n}) and tabs, for multi-line prompts. */
    public static String forTerminalMultiline(String s) {
        return sanitize(s, true);
    }

    /**
     * Safe text in printable ASCII (plus the {@code \n} and {@code \t} it may contain), for a
     * terminal whose locale is not UTF-8. Sanitises like {@link #forTerminalMultiline}, then
     * spells what it can: compatibility forms via NFKC (full-width letters, ligatures, "…" →
     * "..."), diacritics dropped ("Łódź" → "Lodz", "Əliyev" → "Aliyev"), curly quotes straight,
     * every dash "-", bullets "*", a few symbols ("€" → "EUR"). Anything else, including the
     * {@link #REMOVED} mark, CJK and the UI's own symbols, becomes {@link #NO_ASCII}, one per
     * character. Choosing ASCII symbols for the UI is the UI's job.
     */
    public static String asciiFallback(String s) {
        String safe = Normalizer.normalize(forTerminalMultiline(s), Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(safe.length());
        safe.codePoints().forEach(cp -> {
            if ((cp >= 0x20 && cp < 0x7F) || cp == '\n' || cp == '\t') {
                out.append((char) cp);
                return;
            }
            String spelled = asciiFor(cp);
            if (spelled != null) {
                out.append(spelled);
                return;
            }
            String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
            decomposed.codePoints().forEach(part -> {
                int type = Character.getType(part);
                if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                        || type == Character.COMBINING_SPACING_MARK) {
                    return;
                }
                if (part >= 0x20 && part < 0x7F) {
                    out.append((char) part);
                    return;
                }
                String latin = LatinLetters.spell(part);
                out.append(latin != null ? latin : String.valueOf(NO_ASCII));
            });
        });
        return out.toString();
    }

    private static String asciiFor(int cp) {
        int type = Character.getType(cp);
        if (type == Character.DASH_PUNCTUATION || cp == '\u2212') {
            return "-";
        }
        if (Character.isSpaceChar(cp)) {
            return " ";
        }
        switch (cp) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u02BC':
            case '\u02BB': case '\u2039': case '\u203A':
                return "'";
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033': case '\u00AB':
            case '\u00BB':
                return "\"";
            case '\u2022': case '\u2023': case '\u25E6': case '\u2043': case '\u2219':
                return "*";
            case '\u00B7':
                return ".";
            case '\u2044': case '\u00F7':
                return "/";
            case '\u00D7':
                return "x";
            case '\u00B1':
                return "+/-";
            case '\u00B0':
                return "deg";
            case '\u00A9':
                return "(c)";
            case '\u00AE':
                return "(R)";
            case '\u20AC':
                return "EUR";
            case '\u00A3':
                return "GBP";
            case '\u2192':
                return "->";
            case '\u2190':
                return "<-";
            default:
                return null;
        }
    }

    private static String sanitize(String s, boolean multiline) {
        Objects.requireNonNull(s, "s");
        StringBuilder out = new StringBuilder(s.length());
        int markAt = -1; // length of out right after the last REMOVED mark we wrote
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ESC || isC1Introducer(c)) {
                i = c == ESC ? endOfEscape(s, i) : endOfC1Sequence(s, i);
                if (markAt != out.length()) {
                    out.append(REMOVED);
                    markAt = out.length();
                }
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                appendPrintable(out, cp);
                i += 2;
                continue;
            }
            if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (c == '\r' || c == '\n' || c == C1_NEL || c == '\u2028' || c == '\u2029') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                out.append(multiline ? '\n' : ' ');
            } else if (c == '\t') {
                out.append(multiline ? '\t' : ' ');
            } else {
                appendPrintable(out, c);
            }
            i++;
        }
        return out.toString();
    }

    private static void appendPrintable(StringBuilder out, int cp) {
        if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
            return;
        }
        if (isNoncharacter(cp)) {
            out.append('\uFFFD');
            return;
        }
        out.appendCodePoint(cp);
    }

    private static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    private static boolean isC1Introducer(char c) {
        return c == C1_CSI || c == C1_OSC || c == C1_DCS || c == C1_SOS || c == C1_PM || c == C1_APC;
    }

    /** Index just past the escape sequence that starts with ESC at {@code i}. */
    private static int endOfEscape(String s, int i) {
        int j = i + 1;
        if (j >= s.length()) {
            return j;
        }
        char c = s.charAt(j);
        switch (c) {
            case '[':
                return endOfControlSequence(s, j + 1);
            case ']': case 'P': case 'X': case '^': case '_':
                return endOfControlString(s, j + 1);
            default:
                break;
        }
        while (j < s.length() && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x2F) {
            j++; // intermediate bytes of an nF escape, e.g. "ESC ( B"
        }
        if (j < s.length() && s.charAt(j) >= 0x30 && s.charAt(j) <= 0x7E) {
            j++; // final byte
        }
        return j;
    }

    private static int endOfC1Sequence(String s, int i) {
        return s.charAt(i) == C1_CSI ? endOfControlSequence(s, i + 1) : endOfControlString(s, i + 1);
    }

    /** CSI: parameter and intermediate bytes (0x20-0x3F), then one final byte (0x40-0x7E). */
    private static int endOfControlSequence(String s, int j) {
        while (j < s.length() && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x3F) {
            j++;
        }
        if (j < s.length() && s.charAt(j) >= 0x40 && s.charAt(j) <= 0x7E) {
            j++;
        }
        return j;
    }

    /** OSC, DCS, SOS, PM, APC: anything up to BEL, ST (ESC \ or U+009C), CAN or SUB. */
    private static int endOfControlString(String s, int j) {
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == BEL || c == C1_ST || c == CAN || c == SUB) {
                return j + 1;
            }
            if (c == ESC) {
                // ESC \ ends the string; any other ESC aborts it and starts a sequence of its own
                return j + 1 < s.length() && s.charAt(j + 1) == '\\' ? j + 2 : j;
            }
            j++;
        }
        return j;
    }
}
