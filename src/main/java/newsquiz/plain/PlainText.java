package newsquiz.plain;

import newsquiz.text.Glyphs;
import newsquiz.text.SafeText;

/**
 * Makes bank text safe to print in line mode: control characters and escape sequences are
 * removed (a bank is data, never terminal commands), and non-ASCII is transliterated when the
 * terminal is not UTF-8.
 */
final class PlainText {

    private final boolean utf8;
    private final Glyphs glyphs;

    PlainText(boolean utf8) {
        this.utf8 = utf8;
        this.glyphs = Glyphs.forTerminal(utf8);
    }

    String show(String bankText) {
        String safe = SafeText.forTerminal(bankText);
        return utf8 ? safe : SafeText.asciiFallback(safe);
    }

    Glyphs glyphs() {
        return glyphs;
    }
}
