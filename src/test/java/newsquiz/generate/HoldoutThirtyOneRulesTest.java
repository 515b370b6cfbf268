package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static newsquiz.generate.InventedText.numeric;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules made after holdouts 31's and 32's first readings (docs/generator-quality.md). The texts are
 * invented for the tests.
 */
class HoldoutThirtyOneRulesTest {

    private static final String PLACES_SPEAK = "Midwives held a vigil outside the unit on Friday, and Dr Ann Pryce spoke to them. "
            + "The Royal College of Midwives (RCM) in Wales said the closure was \"a symptom, not a cause\" of the crisis. "
            + "A café owner near the Sea Organ was blunt. \"If the families from the suburbs can't park, they won't come,\" he said. "
            + "\"We will find the midwives we need,\" said Pryce.";

    @Test
    void aPlaceIsNobodyToQuote() {
        Facts f = analyse(PLACES_SPEAK);
        assertThat(InventedText.passing(f, new QuoteQuestions()))
                .noneMatch(c -> "Wales".equals(c.answer()) || c.options().contains("Wales"))
                .noneMatch(c -> c.prompt().contains("can't park"));
    }

    @Test
    void aDayIsNobodyToQuoteEither() {
        Facts f = analyse("Mayor Tomislav Baric said the ban would start in April. Traders are divided. One café owner near the "
                + "Sea Organ, who asked not to be named, said Sundays already brought in more than a third of her weekly takings. "
                + "“If the families from the suburbs can’t park, they won’t come,” she said. "
                + "“We have waited twenty years for this,” Baric said.");
        assertThat(InventedText.passing(f, new QuoteQuestions()))
                .noneMatch(c -> "Sundays".equals(c.answer()) || c.options().contains("Sundays"));
        // holdout 31's zadar bank credited this quotation to "Sundays" once the Sea Organ was ruled out
        Entity sundays = new Entity("Sundays", EntityKind.PERSON, "Sundays", null, null, java.util.List.of());
        assertThat(PronounCues.speakerIsAPlace(f, sundays, 3)).isTrue();
    }

    @Test
    void theRestAsASubjectCountsSomethingNamedBefore() {
        assertThat(StandAlone.comparedWithNothing(numeric(3,
                "Fill in the missing number: The rest held between ___% and 30% of the stated dose, officials said.", "10")))
                .isNotNull();
    }
}
