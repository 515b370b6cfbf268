package newsquiz.text;

import static newsquiz.text.SafeText.asciiFallback;
import static newsquiz.text.SafeText.forTerminal;
import static newsquiz.text.SafeText.forTerminalMultiline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeTextTest {

    private static final String M = String.valueOf(SafeText.REMOVED);

    @Test
    void ordinaryTextIsUnchanged() {
        String text = "Ilham Əliyev said relations are entering a “completely new stage” — 16 states, "
                + "11 of them NATO members. 한국어 日本語 😀 e\u0301";
        assertThat(forTerminal(text)).isEqualTo(text);
        assertThat(forTerminalMultiline(text)).isEqualTo(text);
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', ignoreLeadingAndTrailingWhitespace = false, value = {
        "Hi\u001b]52;c;ZXZpbA==\u0007there|Hi#there|OSC 52 clipboard write ended by BEL",
        "Hi\u001b]52;c;ZXZpbA==\u001b\\there|Hi#there|OSC 52 ended by ST",
        "\u001b]0;pwned title\u001b\\x|#x|window title",
        "\u001b]8;;http://evil.example\u0007link\u001b]8;;\u0007|#link#|OSC 8 hyperlink",
        "\u001b[31mred\u001b[0m plain|#red# plain|SGR colour",
        "\u001b[1m\u001b[31mRed|#Red|adjacent sequences leave one mark",
        "\u001b[2J\u001b[H|#|clear screen and home",
        "\u001b[?1049h|#|private mode",
        "a\u001b[38;2;255;0;0mb|a#b|truecolour",
        "\u001bPq#0;2;0;0;0#0!4@\u001b\\after|#after|DCS (sixel)",
        "\u001b_Gpayload\u001b\\x|#x|APC (kitty graphics)",
        "\u001b^privacy\u001b\\x|#x|PM",
        "\u001bXsos\u001b\\x|#x|SOS",
        "\u001bcreset|#reset|ESC c full reset",
        "\u001b7saved\u001b8|#saved#|save and restore cursor",
        "\u001b(Bascii|#ascii|designate charset",
        "\u001b#8|#|DEC screen alignment",
        "abc\u001b|abc#|ESC at the end",
        "\u001bé|#é|ESC before a non-ASCII letter",
        "\u009b31mred|#red|C1 CSI",
        "\u009d52;c;eA==\u009cx|#x|C1 OSC ended by C1 ST",
        "\u0090data\u009cx|#x|C1 DCS",
        "a\u001b]52;c;never ending|a#|unterminated OSC runs to the end",
        "a\u001b]52;c;x\u0018b|a#b|CAN aborts a string",
        "a\u001b]0;t\u001b[31mb|a#b|ESC aborts a string and starts a sequence",
        "a\u001b[31\u0000mb|a#mb|CSI broken by a control ends there",
    })
    void escapeSequencesAreRemovedWhole(String input, String expected, String what) {
        assertThat(forTerminal(input)).isEqualTo(expected.replace("#", M));
        assertThat(forTerminalMultiline(input)).isEqualTo(expected.replace("#", M));
    }

    @Test
    void controlCharactersAreRemoved() {
        assertThat(forTerminal("a\u0000b")).isEqualTo("ab");
        assertThat(forTerminal("a\u0007b\u0008c\u007fd")).isEqualTo("abcd");
        assertThat(forTerminal("a\u000bb\u000cc")).isEqualTo("abc");
        assertThat(forTerminal("a\u0080b\u009ac\u0099d")).isEqualTo("abcd");
        for (char c = 0; c < 0x20; c++) {
            if (c != '\t' && c != '\n' && c != '\r' && c != 0x1B) {
                assertThat(forTerminalMultiline("x" + c + "y")).as("U+%04X", (int) c).isEqualTo("xy");
            }
        }
    }

    @Test
    void lineBreaksAndTabs() {
        String text = "a\nb\tc\r\nd\re\u0085f\u2028g\u2029h";
        assertThat(forTerminal(text)).isEqualTo("a b c d e f g h");
        assertThat(forTerminalMultiline(text)).isEqualTo("a\nb\tc\nd\ne\nf\ng\nh");
        assertThat(forTerminalMultiline("\r\n\r\n")).isEqualTo("\n\n");
    }

    @Test
    void bidiAndInvisibleFormatCharactersAreRemoved() {
        for (int cp = 0x202A; cp <= 0x202E; cp++) {
            assertThat(forTerminal("ab" + (char) cp + "cd")).as("U+%04X", cp).isEqualTo("abcd");
        }
        for (int cp = 0x2066; cp <= 0x2069; cp++) {
            assertThat(forTerminal("ab" + (char) cp + "cd")).as("U+%04X", cp).isEqualTo("abcd");
        }
        String invisible = "\u200B\u200C\u200D\u200E\u200F\u061C\u2060\uFEFF\u00AD\u180E";
        assertThat(forTerminal("a" + invisible + "b")).isEqualTo("ab");
        assertThat(forTerminal("flag\uDB40\uDC67\uDB40\uDC62")).isEqualTo("flag"); // tag characters
        // the "Trojan Source" shape: an override that would visually reorder the text
        assertThat(forTerminal("access = \"user\u202E \u2066// admin\u2069 \u2066\"")).isEqualTo("access = \"user // admin \"");
    }

    @Test
    void surrogatesAndNoncharacters() {
        assertThat(forTerminal("a\uD800b")).isEqualTo("a\uFFFDb");
        assertThat(forTerminal("a\uDC00")).isEqualTo("a\uFFFD");
        assertThat(forTerminal("\uDC00\uD800")).isEqualTo("\uFFFD\uFFFD");
        assertThat(forTerminal("a\uD83D\uDE00b")).isEqualTo("a\uD83D\uDE00b");
        assertThat(forTerminal("a\uFFFFb\uFFFEc\uFDD0")).isEqualTo("a\uFFFDb\uFFFDc\uFFFD");
        assertThat(forTerminal("\uDBFF\uDFFF")).isEqualTo("\uFFFD"); // U+10FFFF
    }

    @Test
    void randomTextIsSafeAndSanitisingIsIdempotent() {
        Random random = new Random(7);
        String nasty = "\u001b\u009b\u009d\u0090\u009c\u0007\u0018[]P\\;0123m?h\n\r\t\u0000\u202E\u2066\u200B"
                + "\uD800\uDC00\uD83D\uDE00aé한";
        for (int n = 0; n < 20_000; n++) {
            String input = randomString(random, nasty);
            String line = forTerminal(input);
            String lines = forTerminalMultiline(input);
            assertSafe(line, false, input);
            assertSafe(lines, true, input);
            if (!forTerminal(line).equals(line) || !forTerminalMultiline(lines).equals(lines)
                    || !forTerminal(lines).equals(line)) {
                throw new AssertionError("not idempotent on " + escape(input));
            }
            String ascii = asciiFallback(input);
            if (!ascii.chars().allMatch(c -> (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t')
                    || !asciiFallback(ascii).equals(ascii)) {
                throw new AssertionError("ASCII fallback of " + escape(input) + " is " + escape(ascii));
            }
        }
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '~', ignoreLeadingAndTrailingWhitespace = false, value = {
        "plain ASCII text|plain ASCII text",
        "Ilham Əliyev|Ilham Aliyev",
        "Heydər Əliyev|Heydar Aliyev",
        "Bakı|Baki",
        "Łódź, Straße, Ærø, Œuvre, ÞÓR|Lodz, Strasse, AEro, OEuvre, THOR",
        "naïve café Nguyễn|naive cafe Nguyen",
        "“completely new stage”|\"completely new stage\"",
        "Azerbaijan’s ‘role’|Azerbaijan's 'role'",
        "«quoted»|\"quoted\"",
        "2024–2025 — long―dash ‒ minus−5|2024-2025 - long-dash - minus-5",
        "wait…|wait...",
        "ﬁne ﬂow|fine flow",
        "ＴＲＩＰＰ １６|TRIPP 16",
        "a\u00A0b\u2009c\u3000d|a b c d",
        "• item · dot|* item . dot",
        "€5 £3 ½ 3×4 ±1 20°|EUR5 GBP3 1/2 3x4 +/-1 20deg",
        "™ © ®|TM (c) (R)",
        "北京|__",
        "✓ done ✗|_ done _",
        "😀!|_!",
        "e\u0301\u0301|e",
    })
    void asciiFallbackSpellsWhatItCan(String input, String expected) {
        assertThat(asciiFallback(input)).isEqualTo(expected);
    }

    @Test
    void asciiFallbackIsSafeToo() {
        assertThat(asciiFallback("a\u001b[31mb\u0007c\u202Ed")).isEqualTo("a_bcd");
        assertThat(asciiFallback("one\ntwo\tthree\r\n")).isEqualTo("one\ntwo\tthree\n");
        assertThat(asciiFallback("a\uD800b")).isEqualTo("a_b");
    }

    @Test
    void nullIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> forTerminal(null));
        assertThatNullPointerException().isThrownBy(() -> asciiFallback(null));
    }

    private static void assertSafe(String out, boolean multiline, String input) {
        String problem = firstProblem(out, multiline);
        if (problem != null) {
            throw new AssertionError(problem + " in output of " + escape(input) + ": " + escape(out));
        }
    }

    /** Why {@code out} is unsafe, or null. */
    private static String firstProblem(String out, boolean multiline) {
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            boolean allowedControl = multiline && (c == '\n' || c == '\t');
            if (Character.isISOControl(c) && !allowedControl) {
                return String.format("control U+%04X", (int) c);
            }
            if (Character.getType(c) == Character.FORMAT) {
                return String.format("format character U+%04X", (int) c);
            }
            if (Character.isHighSurrogate(c) && i + 1 < out.length() && Character.isLowSurrogate(out.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("lone surrogate U+%04X", (int) c);
            }
        }
        return null;
    }

    @Test
    void theSafetyCheckItselfCatchesProblems() {
        assertThat(firstProblem("a\u001bb", true)).isNotNull();
        assertThat(firstProblem("a\nb", false)).isNotNull();
        assertThat(firstProblem("a\nb", true)).isNull();
        assertThat(firstProblem("a\u202Eb", true)).isNotNull();
        assertThat(firstProblem("a\uD800", true)).isNotNull();
        assertThat(firstProblem("\uDC00a", true)).isNotNull();
        assertThat(firstProblem("\uD83D\uDE00", true)).isNull();
    }

    private static String randomString(Random random, String alphabet) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(16);
        for (int k = 0; k < length; k++) {
            if (random.nextInt(5) == 0) {
                sb.append((char) random.nextInt(0x10000));
            } else {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return sb.toString();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            sb.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return sb.append('"').toString();
    }
}
