package newsquiz.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypoPolicyTest {

    @ParameterizedTest(name = "[{index}] {0} letters -> {1}")
    @CsvSource({"0, 0", "1, 0", "4, 0", "5, 1", "8, 1", "9, 2", "40, 2"})
    void standardBudgetByLetters(int letters, int edits) {
        assertThat(TypoPolicy.STANDARD.allowedEdits(letters)).isEqualTo(edits);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(quoteCharacter = '~', value = {
        "nato, 0",
        "iran, 0",
        "tripp, 1",
        "aliyev, 1",
        "caucasus, 1",
        "azerbaijan, 2",
        "ilham aliyev, 2",     // 11 letters: the space does not count
        "u s a, 0",
        "16 states, 1",        // digits do not count
        "2025, 0",
        "~~, 0",
        "əliyev, 1",
    })
    void countsLettersOnly(String answer, int edits) {
        assertThat(TypoPolicy.STANDARD.allowedEdits(answer)).isEqualTo(edits);
    }

    @Test
    void lettersCountsCodePoints() {
        assertThat(TypoPolicy.letters("a\uD835\uDC00b")).isEqualTo(3); // mathematical bold A
        assertThat(TypoPolicy.letters("a-b c.1")).isEqualTo(3);
    }

    @Test
    void customThresholds() {
        TypoPolicy strict = new TypoPolicy(6, 10);
        assertThat(strict.allowedEdits(6)).isZero();
        assertThat(strict.allowedEdits(7)).isEqualTo(1);
        assertThat(strict.allowedEdits(11)).isEqualTo(2);
        assertThat(new TypoPolicy(0, 0).allowedEdits(1)).isEqualTo(2);
    }

    @Test
    void rejectsInconsistentThresholds() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TypoPolicy(-1, 4));
        assertThatIllegalArgumentException().isThrownBy(() -> new TypoPolicy(8, 4));
    }
}
