package newsquiz.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Ids} and {@link BlankMarkers} replace regular expressions; they must agree with them on any text. */
class HandWrittenScannersTest {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern BLANK = Pattern.compile("\\{\\{(\\d+)}}");
    private static final String ALPHABET = "az09._-A{}1 Z/é";

    private static String random(Random r, int maxLength) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(maxLength + 1); i > 0; i--) {
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Text built from the pieces markers are made of, so that markers and near-misses are common. */
    private static String clozeLike(Random r) {
        String[] pieces = {"{{", "}}", "{", "}", "1", "23", "0", "x", " ", "é"};
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(9); i > 0; i--) {
            sb.append(pieces[r.nextInt(pieces.length)]);
        }
        return sb.toString();
    }

    @Test
    void idsAgreeWithTheirRegularExpression() {
        Random r = new Random(5);
        int valid = 0;
        for (int i = 0; i < 50_000; i++) {
            String id = random(r, 6);
            boolean expected = ID.matcher(id).matches();
            assertThat(Ids.valid(id)).as("\"%s\"", id).isEqualTo(expected);
            valid += expected ? 1 : 0;
        }
        assertThat(valid).as("the sample holds valid ids too").isGreaterThan(1000);
        assertThat(Ids.valid("q-01.a_b")).isTrue();
        assertThat(Ids.valid("-q")).isFalse();
        assertThat(Ids.valid("")).isFalse();
    }

    @Test
    void blankMarkersAgreeWithTheirRegularExpression() {
        Random r = new Random(7);
        int withMarkers = 0;
        for (int i = 0; i < 50_000; i++) {
            String text = clozeLike(r);
            List<String> expected = new ArrayList<>();
            Matcher m = BLANK.matcher(text);
            while (m.find()) {
                expected.add(m.group(1));
            }
            assertThat(BlankMarkers.in(text)).as("\"%s\"", text).isEqualTo(expected);
            assertThat(BlankMarkers.replace(text, n -> "[" + n + "$]"))
                    .as("\"%s\"", text).isEqualTo(BLANK.matcher(text).replaceAll("[$1\\$]"));
            withMarkers += expected.isEmpty() ? 0 : 1;
        }
        assertThat(withMarkers).as("the sample holds markers too").isGreaterThan(300);
        assertThat(BlankMarkers.in("The {{1}} met the {{{2}}} in {{x}} and {{03}}")).containsExactly("1", "2", "03");
        assertThat(BlankMarkers.replace("The {{1}} met the {{{2}}} in {{x}}.", n -> "<" + n + ">"))
                .isEqualTo("The <1> met the {<2>} in {{x}}.");
    }
}
