package newsquiz.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberReaderTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        // digits, sign, white space
        "16|16",
        "  16  |16",
        "0|0",
        "007|7",
        "-5|-5",
        "−5|-5",
        "– 5|-5",
        "+5|5",
        "-0|0",
        "minus 5|-5",
        "negative five|-5",
        "-five|-5",
        "１６|16",
        "١٦|16",
        "$16|16",
        "€ 1,5|1.5",
        "-$5|-5",
        // thousands separators
        "16,000|16000",
        "16 000|16000",
        "16\u00A0000|16000",
        "16\u202F000|16000",
        "16'000|16000",
        "16’000|16000",
        "1,000,000|1000000",
        "1 000 000|1000000",
        "16,000.5|16000.5",
        "999,999|999999",
        // decimals
        "1.5|1.5",
        ".5|0.5",
        "-.5|-0.5",
        "1,5|1.5",
        "1,50|1.5",
        "1,5000|1.5",
        "0,500|0.5",
        "0,5|0.5",
        "16.000|16",
        "16.|16",
        // units and words after the number
        "16 states|16",
        "6 months|6",
        "16%|16",
        "16 %|16",
        "16 percent|16",
        "16km|16",
        "16th|16",
        "1st|1",
        "16-month|16",
        "6 months.|6",
        "1 second|1",
        // scale words after digits
        "1.5 million|1500000",
        "16 thousand|16000",
        "16 thousand states|16000",
        "16million|16000000",
        "2 dozen|24",
        "15 hundred|1500",
        // spelled out
        "zero|0",
        "one|1",
        "eleven|11",
        "sixteen|16",
        "Sixteen|16",
        "SIXTEEN states|16",
        "twenty|20",
        "twenty-one|21",
        "twenty one|21",
        "ninety-nine|99",
        "one hundred|100",
        "a hundred|100",
        "one hundred and five|105",
        "one hundred five|105",
        "two hundred and thirty-four|234",
        "eleven hundred|1100",
        "a thousand|1000",
        "one thousand and one|1001",
        "sixteen thousand|16000",
        "twenty-one thousand three hundred and forty-two|21342",
        "ninety-nine thousand nine hundred and ninety-nine|99999",
        "ninety-nine thousand, nine hundred ninety-nine|99999",
        "one million two hundred thousand|1200000",
        "two billion|2000000000",
        "a dozen|12",
        "a dozen eggs|12",
        "two dozen|24",
        "six months|6",
        "sixteen countries|16",
        "eleven of them|11",
        // ordinals
        "first|1",
        "second|2",
        "eleventh|11",
        "twenty-first|21",
        "one hundredth|100",
        "one hundred and first|101",
        "sixteenth|16",
    })
    void reads(String typed, double expected) {
        assertThat(NumberReader.read(typed)).hasValue(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is not a number")
    @ValueSource(strings = {
        "",
        "   ",
        "many",
        "a",
        "a house",
        "and",
        "minus",
        "-",
        ".",
        "hundred",
        "thousand",
        "16 or 17",
        "16-17",
        "16 to 17",
        "16/17",
        "1/2",
        "½",
        "sixteen or seventeen",
        "16 or seventeen",
        "sixteen 16",
        "11 of 16",
        "16 states, 11 of which",
        "one of sixteen",
        "sixteen and eleven",
        "sixteen five",
        "twenty twenty",
        "one twenty",
        "twenty eleven",
        "one hundred two hundred",
        "one thousand thousand",
        "zero five",
        "16 and a half",
        "about 16",
        "roughly sixteen",
        "1e5",
        "0x1F",
        "16_000",
        "1234,567",
        "1,2345,678",
        "12,34,567",
        "1, 5",
        "16,000,5",
        "1.000.000",
        "--5",
        "+-5",
        "NaN",
        "Infinity",
        "16 (sixteen)",
    })
    void notANumber(String typed) {
        assertThat(NumberReader.read(typed)).isEmpty();
    }

    @Test
    void longInputIsRefused() {
        assertThat(NumberReader.read("9".repeat(NumberReader.MAX_LENGTH))).hasValue(1e200);
        assertThat(NumberReader.read("9".repeat(NumberReader.MAX_LENGTH + 1))).isEmpty();
        assertThat(NumberReader.read("16 " + "states ".repeat(40))).isEmpty();
    }

    @Test
    void largeNumbers() {
        assertThat(NumberReader.read("1" + "0".repeat(20))).hasValue(1e20);
        assertThat(NumberReader.read("999 billion")).hasValue(999e9);
    }

    @Test
    void everyNumberUpToNinetyNineThousandReadsBackFromWords() {
        assertThat(spell(21342)).isEqualTo("twenty-one thousand three hundred and forty-two");
        assertThat(spell(1005)).isEqualTo("one thousand and five");
        for (int n = 0; n <= 99_999; n++) {
            for (String typed : new String[] {spell(n), String.format(java.util.Locale.ROOT, "%,d", n)}) {
                OptionalDouble read = NumberReader.read(typed);
                if (read.isEmpty() || read.getAsDouble() != n) {
                    throw new AssertionError("\"" + typed + "\" read as " + read + ", expected " + n);
                }
            }
        }
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"16", "-5", "−5", "1.5", "1,5", "1,50", "16,000", "1,000,000", "16,000.5", "0,500",
        "16.", "16 states", "16%", "sixteen", "twenty-one"})
    void agreesWithTextNormalizerOnNumberPunctuation(String typed) {
        assertThat(NumberReader.read(TextNormalizer.normalize(typed))).isEqualTo(NumberReader.read(typed));
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> NumberReader.read(null));
    }

    /** British-style spelling: "one thousand two hundred and thirty-four". */
    private static String spell(int n) {
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] tens = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        if (n < 20) {
            return small[n];
        }
        if (n < 100) {
            return tens[n / 10] + (n % 10 == 0 ? "" : "-" + small[n % 10]);
        }
        if (n < 1000) {
            return small[n / 100] + " hundred" + (n % 100 == 0 ? "" : " and " + spell(n % 100));
        }
        int rest = n % 1000;
        String head = spell(n / 1000) + " thousand";
        if (rest == 0) {
            return head;
        }
        return head + (rest < 100 ? " and " : " ") + spell(rest);
    }
}
