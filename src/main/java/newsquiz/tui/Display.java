package newsquiz.tui;

import newsquiz.text.Glyphs;
import newsquiz.text.SafeText;

/**
 * What the terminal can show. In a UTF-8 locale the UI uses a few single-width symbols; otherwise
 * only ASCII, with bank text transliterated, so nothing arrives as "?" or as line-drawing codes.
 * {@link #text} is the one way bank text gets onto the screen.
 */
public record Display(boolean utf8, Glyphs glyphs) {

    public static Display of(boolean utf8) {
        return new Display(utf8, Glyphs.forTerminal(utf8));
    }

    /** Bank text made safe to draw: no control characters or escape sequences; ASCII when needed. Keeps line breaks. */
    public String text(String bankText) {
        if (bankText == null) {
            return "";
        }
        String safe = utf8 ? SafeText.forTerminalMultiline(bankText) : SafeText.asciiFallback(bankText);
        return safe.replace('\t', ' ');
    }

    /** The same, on one line (line breaks become spaces). */
    public String oneLine(String bankText) {
        return text(bankText).replace('\n', ' ');
    }

    public String rule() {
        return utf8 ? "─" : "-";
    }

    public String pointer() {
        return utf8 ? "›" : ">";
    }

    public String upDown() {
        return utf8 ? "↑↓" : "Up/Dn";
    }

    public String leftRight() {
        return utf8 ? "←→" : "Left/Right";
    }

    public String dash() {
        return utf8 ? "–" : "-";
    }

    public String dot() {
        return utf8 ? "·" : "|";
    }

    /** Box corners and sides: top-left, top-right, bottom-left, bottom-right, horizontal, vertical. */
    public String[] box() {
        return utf8 ? new String[] {"┌", "┐", "└", "┘", "─", "│"} : new String[] {"+", "+", "+", "+", "-", "|"};
    }
}
