package newsquiz.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest(name = "[{index}] {0} / {1} = {2}")
    @CsvSource(quoteCharacter = '~', value = {
        "~~, ~~, 0",
        "~~, abc, 3",
        "abc, ~~, 3",
        "aliyev, aliyev, 0",
        "aliyev, aliev, 1",       // deletion
        "aliyev, alliyev, 1",     // insertion
        "aliyev, aliyef, 1",      // substitution
        "aliyev, ailyev, 1",      // transposition
        "aliyev, ilyeva, 3",       // delete, transpose, insert
        "kitten, sitting, 3",
        "flaw, lawn, 2",
        "ab, ba, 1",
        "abcdef, badcfe, 3",      // three separate transpositions
        "ca, abc, 3",             // OSA: unrestricted Damerau-Levenshtein would say 2
        "azerbaijan, azerbiajan, 1",
        "azerbaijan, azrebiajan, 2",
        "tripp, trip, 1",
        "iran, iraq, 1",
    })
    void knownDistances(String a, String b, int expected) {
        assertThat(EditDistance.distance(a, b)).isEqualTo(expected);
        assertThat(EditDistance.distance(b, a)).isEqualTo(expected);
    }

    @Test
    void countsCodePointsNotChars() {
        assertThat(EditDistance.distance("a\uD83D\uDE00b", "ab")).isEqualTo(1);
        assertThat(EditDistance.distance("\uD83D\uDE00", "\uD83D\uDE01")).isEqualTo(1);
        assertThat(EditDistance.distance("x\uD83D\uDE00y", "xy\uD83D\uDE00")).isEqualTo(1);
    }

    @Test
    void boundedDistanceIsCappedAtMaxPlusOne() {
        assertThat(EditDistance.distance("kitten", "sitting", 3)).isEqualTo(3);
        assertThat(EditDistance.distance("kitten", "sitting", 2)).isEqualTo(3);
        assertThat(EditDistance.distance("kitten", "sitting", 1)).isEqualTo(2);
        assertThat(EditDistance.distance("kitten", "sitting", 0)).isEqualTo(1);
        assertThat(EditDistance.distance("same", "same", 0)).isZero();
        assertThat(EditDistance.distance("a", "abcdefgh", 2)).isEqualTo(3);
        assertThat(EditDistance.distance("", "ab", 1)).isEqualTo(2);
        assertThat(EditDistance.distance("", "ab", 2)).isEqualTo(2);
    }

    @Test
    void withinMatchesBoundedDistance() {
        assertThat(EditDistance.within("aliyev", "ailyev", 1)).isTrue();
        assertThat(EditDistance.within("aliyev", "ilyeva", 1)).isFalse();
        assertThat(EditDistance.within("aliyev", "aliyev", 0)).isTrue();
    }

    @Test
    void negativeBoundIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> EditDistance.distance("a", "b", -1));
    }

    @Test
    void boundedAgreesWithReferenceOnRandomStrings() {
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            String a = randomWord(random);
            String b = random.nextBoolean() ? randomWord(random) : mutate(a, random);
            int expected = reference(a, b);
            assertThat(EditDistance.distance(a, b)).as("%s / %s", a, b).isEqualTo(expected);
            for (int max = 0; max <= 4; max++) {
                assertThat(EditDistance.distance(a, b, max))
                        .as("%s / %s max %d", a, b, max)
                        .isEqualTo(Math.min(expected, max + 1));
            }
        }
    }

    @Test
    void longStringsWithSmallBoundAreCheap() {
        String a = "a".repeat(200_000);
        String b = "b" + "a".repeat(199_999);
        // A full matrix would be 4e10 cells; the band makes it 1e6.
        assertThat(EditDistance.distance(a, b, 2)).isEqualTo(1);
        assertThat(EditDistance.distance(a, "b".repeat(200_000), 2)).isEqualTo(3);
    }

    private static String randomWord(Random random) {
        int length = random.nextInt(9);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append("abcd".charAt(random.nextInt(4)));
        }
        return sb.toString();
    }

    private static String mutate(String s, Random random) {
        StringBuilder sb = new StringBuilder(s);
        int edits = random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int op = random.nextInt(4);
            int at = sb.length() == 0 ? 0 : random.nextInt(sb.length());
            char c = "abcd".charAt(random.nextInt(4));
            if (op == 0 || sb.length() == 0) {
                sb.insert(at, c);
            } else if (op == 1) {
                sb.deleteCharAt(at);
            } else if (op == 2) {
                sb.setCharAt(at, c);
            } else if (at + 1 < sb.length()) {
                char t = sb.charAt(at);
                sb.setCharAt(at, sb.charAt(at + 1));
                sb.setCharAt(at + 1, t);
            }
        }
        return sb.toString();
    }

    /** Textbook full-matrix optimal string alignment distance. */
    private static int reference(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
