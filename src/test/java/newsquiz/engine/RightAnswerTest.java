package newsquiz.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import newsquiz.bank.NumericQuestion;
import newsquiz.bank.QuestionInfo;
import org.junit.jupiter.api.Test;

/** How a numeric key is shown after an answer: as the news prints the number. */
class RightAnswerTest {

    private static NumericQuestion numeric(double value, String unit) {
        return new NumericQuestion(new QuestionInfo("n", "Fill in the missing year: ...", null, List.of("x"), 1, 1, null, null),
                value, value, value, unit);
    }

    @Test
    void aYearIsShownWithoutAThousandsComma() {
        assertThat(RightAnswer.of(numeric(2023, null))).isEqualTo("2023");
        assertThat(RightAnswer.of(numeric(1500, "products"))).isEqualTo("1500 products");
        assertThat(RightAnswer.of(numeric(18940, "offences"))).isEqualTo("18,940 offences");
        assertThat(RightAnswer.of(numeric(2.4, "million"))).isEqualTo("2.4 million");
    }

    @Test
    void theCommaDoesNotFollowTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(RightAnswer.of(numeric(18940, null))).isEqualTo("18,940");
        } finally {
            Locale.setDefault(before);
        }
    }
}
