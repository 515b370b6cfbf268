package newsquiz.engine;

import static newsquiz.engine.TextNormalizer.normalize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '~', ignoreLeadingAndTrailingWhitespace = false, value = {
        // case and white space
        "Ilham Aliyev|ilham aliyev",
        "  ILHAM   aliyev  |ilham aliyev",
        "Ilham\u00A0Aliyev|ilham aliyev",
        "Ilham\u2003\u2003Aliyev|ilham aliyev",
        // punctuation inside and around words
        "U.S.|us",
        "the U.S.A.|usa",
        "Azerbaijan’s|azerbaijans",
        "Azerbaijan's|azerbaijans",
        "“completely new stage”|completely new stage",
        "\"completely new stage\"|completely new stage",
        "long-standing|long standing",
        "long–standing|long standing",
        "long—standing|long standing",
        "security,counterterrorism|security counterterrorism",
        "security; energy!|security energy",
        "(TRIPP)|tripp",
        "Turkey & Israel|turkey and israel",
        "peace/prosperity|peace prosperity",
        "snake_case|snake case",
        "?!...|~~",
        // diacritics and letters that do not decompose
        "Əliyev|aliyev",
        "ƏLIYEV|aliyev",
        "Heydər Əliyev|heydar aliyev",
        "Bakı|baki",
        "İstanbul|istanbul",
        "Ağdam|agdam",
        "Şuşa|susa",
        "Gəncə|ganca",
        "Café|cafe",
        "naïve|naive",
        "Ærøskøbing|aeroskobing",
        "Łódź|lodz",
        "Straße|strasse",
        "STRAẞE|strasse",
        "Œuvre|oeuvre",
        "Đorđević|dordevic",
        "Þór|thor",
        "Malta’s Ħamrun|maltas hamrun",
        "Nguyễn|nguyen",
        // compatibility forms (NFKC)
        "ＴＲＩＰＰ|tripp",
        "ﬁnal|final",
        "１６|16",
        "x²|x2",
        // invisible characters
        "Ali\u200Byev|aliyev",
        "counter\u00ADterrorism|counterterrorism",
        "\u202EAliyev\u202C|aliyev",
        "\uFEFFAliyev|aliyev",
        // leading articles
        "The Hague|hague",
        "the the Hague|hague",
        "A dozen|dozen",
        "an apple|apple",
        "The|the",
        "A|a",
        "The The|the",
        "Theory|theory",
        "Another|another",
        "Hague, The|hague the",
        // numbers
        "1.5|1.5",
        "1,5|1.5",
        "16,000|16000",
        "1,000,000 people|1000000 people",
        "16,0000|16.0000",
        "0,500|0.500",
        "1234,567|1234.567",
        "12,345,678.9|12345678.9",
        "12,34,567|12.34.567",
        "1,000,5|1000.5",
        "1,5000|1.5000",
        "16, 11|16 11",
        "16.|16",
        "-5|-5",
        "−5|-5",
        "minus -5|minus -5",
        "covid-19|covid 19",
        "5-10|5 10",
        "16%|16",
        "٣|3",
        "sixteen states|sixteen states",
    })
    void normalizes(String input, String expected) {
        assertThat(normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "Ilham Aliyev|Ilham Aliyev",
        "ƏLIYEV|ALIYEV",
        "Əliyev|Aliyev",
        "STRAẞE|STRASSE",
        "Ærø|AEro",
        "The U.S.|US",
        "the U.S.|US",
        "İstanbul|Istanbul",
    })
    void caseSensitiveKeepsCaseOnly(String input, String expected) {
        assertThat(normalize(input, true)).isEqualTo(expected);
    }

    @Test
    void controlCharactersSeparateWords() {
        assertThat(normalize("Ilham\tAliyev\n")).isEqualTo("ilham aliyev");
        assertThat(normalize("Ilham\r\nAliyev\u0000")).isEqualTo("ilham aliyev");
    }

    @Test
    void issueExampleAliyev() {
        assertThat(normalize("Əliyev")).isEqualTo(normalize("Aliyev"));
        assertThat(normalize("Ilham Əliyev")).isEqualTo(normalize("ilham aliyev"));
    }

    @Test
    void quotesAndDashesOfEveryKindAreUnified() {
        String[] apostrophes = {"'", "’", "‘", "ʼ", "′", "＇", "`"};
        for (String a : apostrophes) {
            assertThat(normalize("Azerbaijan" + a + "s")).as(a).isEqualTo("azerbaijans");
        }
        String[] dashes = {"-", "‐", "‑", "‒", "–", "—", "―", "−", "﹣", "－", "⸺"};
        for (String d : dashes) {
            assertThat(normalize("long" + d + "standing")).as(d).isEqualTo("long standing");
        }
        String[] quotes = {"\"", "“", "”", "„", "«", "»", "‹", "›", "″", "＂"};
        for (String q : quotes) {
            assertThat(normalize(q + "new stage" + q)).as(q).isEqualTo("new stage");
        }
    }

    @Test
    void emptyAndBlank() {
        assertThat(normalize("")).isEmpty();
        assertThat(normalize("   \t\n ")).isEmpty();
        assertThat(normalize("\u200B\u200D")).isEmpty();
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> normalize(null));
    }

    @Test
    void hangulSurvivesDecomposition() {
        assertThat(normalize("한국")).isEqualTo("한국");
    }

    @Test
    void idempotentOnHandPickedInputs() {
        String[] inputs = {
            "The U.S.", "1,5,000", "1,50,000", "a -5", "the-5", "--5", "1.,5", "1,.5", "16,\u200B000",
            "1,5'00", "a a a", "The the", "İı", "ǅ", "Ω", "ΟΔΟΣ", "ß", "ẞ", "ﬀ", "㎁", "½", "&",
            "x & the y", "\u0130\u0307", "e\u0301\u0301", "ǿ", "ΐ", "ᾳ", "Ǆ", "ﬓ",
        };
        for (String input : inputs) {
            assertIdempotent(input);
        }
    }

    @Test
    void idempotentOnEverySingleBmpCharacter() {
        for (int cp = 0; cp < 0x10000; cp++) {
            String s = new String(Character.toChars(cp));
            assertIdempotent("x" + s + "1");
            assertIdempotent("1" + s + "5");
        }
    }

    @Test
    void idempotentOnRandomStrings() {
        Random random = new Random(20240611L);
        String tricky = "aAeE1590 .,'’-–—&_\"“”()?!%ƏəıİIøØłŁßẞæœÞ\u0301\u0308\u200B\u00AD\u202E한ﬁ²١"
                + "ΣσςtheTHE ana ";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                if (random.nextInt(4) == 0) {
                    int cp = random.nextInt(0x30000);
                    if (Character.isValidCodePoint(cp)) {
                        sb.appendCodePoint(cp);
                    }
                } else {
                    sb.append(tricky.charAt(random.nextInt(tricky.length())));
                }
            }
            assertIdempotent(sb.toString());
        }
    }

    private static void assertIdempotent(String input) {
        for (boolean caseSensitive : new boolean[] {false, true}) {
            String once = normalize(input, caseSensitive);
            String twice = normalize(once, caseSensitive);
            if (!twice.equals(once)) {
                throw new AssertionError(String.format("not idempotent (caseSensitive=%s) on %s: %s then %s",
                        caseSensitive, escape(input), escape(once), escape(twice)));
            }
        }
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            if (cp >= 0x20 && cp < 0x7F) {
                sb.appendCodePoint(cp);
            } else {
                sb.append(String.format("\\u{%04X}", cp));
            }
        });
        return sb.append('"').toString();
    }
}
