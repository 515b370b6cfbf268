package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules made after holdout 22's first reading (docs/generator-quality.md). The texts are invented
 * for the tests.
 */
class HoldoutTwentyTwoRulesTest {

    @Test
    void oneNamedPersonIsNoThem() {
        assertThat(InventedText.danglingInStem("Dr Ann Brennan said she expected them to pass before the recess in July."))
                .isTrue();
        assertThat(InventedText.danglingInStem("Minister Ann Brennan and Councillor Tom Hale said they expected the rules to pass in July."))
                .as("two people are a 'they'").isFalse();
        assertThat(InventedText.danglingInStem("About 300 people, many of them parents, held banners outside the town hall."))
                .as("'people' is plural").isFalse();
    }

    @Test
    void theFigureWithNothingBeforeItPointsBack() {
        assertThat(DanglingReference.find("Fill in the missing number: The figure is close to ___ per cent on the smallest islands."))
                .isEqualTo("the figure");
        assertThat(DanglingReference.find("Fill in the missing number: On small islands such as Fair Isle and Foula, the figure "
                + "is close to ___ per cent.")).as("names do not anchor a figure").isEqualTo("the figure");
        assertThat(DanglingReference.find("Fill in the missing number: Sales reached 4,000 units, and the figure is ___ per cent up."))
                .isNull();
    }

    @Test
    void figuresThatRoseFromOneToAnotherAreNotSwapped() {
        Facts f = analyse("Audit Scotland said the cost of the Harbour Link had risen from 540 million pounds to almost 800 million.");
        assertThat(TrueFalseQuestions.comparesTwoFigures(f.sentence(1))).isTrue();
    }
}
