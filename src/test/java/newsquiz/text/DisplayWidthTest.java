package newsquiz.text;

import static newsquiz.text.DisplayWidth.columns;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayWidthTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', ignoreLeadingAndTrailingWhitespace = false, value = {
        "~~|0",
        "abc|3",
        "Əliyev|6",
        "e\u0301|1",             // combining acute accent takes no column
        "é|1",
        "a\u0308\u0301|1",       // two combining marks
        "한국|4",
        "\u1112\u1161\u11AB|2",  // the same syllable as conjoining jamo
        "日本語|6",
        "中文 text|9",
        "ｱｲｳ|3",                 // half-width katakana
        "ＴＲＩＰＰ|10",            // full-width Latin
        "\u3000|2",              // ideographic space
        "、。|4",
        "😀|2",
        "👍🏽|4",                  // emoji and skin tone: counted separately, as wcwidth does
        "✅|2",
        "✓|1",                   // the UI's tick is narrow
        "a\u200Bb|2",
        "\u202E|0",
        "\uFE0F|0",              // variation selector
        "─│┌|3",                 // box drawing
        "±°|2",                  // East Asian ambiguous counts one
        "\uD840\uDC00|2",        // CJK extension B
        "\u4DC0|1",              // Yijing hexagram: between two wide blocks but narrow
        "\u303F|1",
        "\u0007|0",
    })
    void columnsOf(String s, int expected) {
        assertThat(columns(s)).isEqualTo(expected);
    }

    @Test
    void singleCodePoints() {
        assertThat(columns('a')).isEqualTo(1);
        assertThat(columns(0x4E00)).isEqualTo(2);
        assertThat(columns(0x0301)).isZero();
        assertThat(columns(0x1F600)).isEqualTo(2);
        assertThat(columns(0x10FFFD)).isEqualTo(1);
    }

    @Test
    void wideTableIsSortedAndDisjoint() throws Exception {
        var field = DisplayWidth.class.getDeclaredField("WIDE");
        field.setAccessible(true);
        int[] wide = (int[]) field.get(null);
        assertThat(wide.length % 2).isZero();
        for (int i = 0; i < wide.length; i += 2) {
            assertThat(wide[i]).as("range %d", i / 2).isLessThanOrEqualTo(wide[i + 1]);
            if (i > 0) {
                assertThat(wide[i]).as("range %d after previous", i / 2).isGreaterThan(wide[i - 1]);
            }
        }
    }

    @Test
    void agreesWithALinearScanOfTheTable() throws Exception {
        var field = DisplayWidth.class.getDeclaredField("WIDE");
        field.setAccessible(true);
        int[] wide = (int[]) field.get(null);
        for (int cp = 0; cp <= 0x3FFFF; cp++) {
            int type = Character.getType(cp);
            boolean zero = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.FORMAT || type == Character.CONTROL
                    || (cp >= 0x1160 && cp <= 0x11FF) || (cp >= 0xD7B0 && cp <= 0xD7FF);
            boolean inTable = false;
            for (int i = 0; i < wide.length && !inTable; i += 2) {
                inTable = cp >= wide[i] && cp <= wide[i + 1];
            }
            int expected = zero ? 0 : inTable ? 2 : 1;
            if (columns(cp) != expected) {
                throw new AssertionError(String.format("U+%04X: %d columns, expected %d", cp, columns(cp), expected));
            }
        }
    }
}
