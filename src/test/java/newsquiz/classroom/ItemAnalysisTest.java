package newsquiz.classroom;

import static newsquiz.classroom.ClassFixture.CLASS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import newsquiz.classroom.ClassReport.Flag;
import newsquiz.classroom.ClassReport.QuestionStats;
import org.junit.jupiter.api.Test;

/**
 * The statistics of {@link ClassFixture}, worked out by hand. Discrimination is Pearson's r
 * between x = points on the question and y = total minus x, over the 6 students:
 * r = Sxy / sqrt(Sxx * Syy) with S the sums of products of deviations from the means.
 */
class ItemAnalysisTest {

    private final List<QuestionStats> q = ItemAnalysis.questions(CLASS);

    @Test
    void questionsAreNumberedInTheOrderAsked() {
        assertThat(q).extracting(QuestionStats::question).containsExactly("mc", "tf", "num", "ms", "sa");
        assertThat(q).extracting(QuestionStats::attempts).containsOnly(6);
    }

    @Test
    void facilityIsTheMeanShareRight() {
        // mc: 1+1+1+0+1+0 = 4 of 6; tf: 5 of 6; num: 2 of 6; ms: 1+.5+1+0+.5+0 = 3 of 6; sa: 0
        assertThat(q).extracting(QuestionStats::facility)
                .containsExactly(4 / 6.0, 5 / 6.0, 2 / 6.0, 3 / 6.0, 0.0);
        assertThat(q).extracting(QuestionStats::correct).containsExactly(4, 5, 2, 2, 0);
    }

    @Test
    void discriminationIsThePointBiserialWithTheRestOfTheScore() {
        // mc: x = 1 1 1 0 1 0 (mean 2/3), rest = 4 1.5 3 1 1.5 1 (mean 2)
        //     Sxy = 2, Sxx = 4/3, Syy = 7.5  ->  r = 2 / sqrt(10) = 0.6325
        assertThat(q.get(0).discrimination()).isCloseTo(2 / Math.sqrt(10), within(1e-9));
        // tf: x = 1 1 0 1 1 1 (mean 5/6), rest = 4 1.5 4 0 1.5 0 (mean 11/6)
        //     Sxy = -13/6, Sxx = 5/6, Syy = 49/3  ->  r = -13/6 / sqrt(245/18) = -0.5873
        assertThat(q.get(1).discrimination()).isCloseTo(-13 / 6.0 / Math.sqrt(245 / 18.0), within(1e-9));
        // num: x = 2 0 2 0 0 0, rest = 3 2.5 2 1 2.5 1: Sxy = 2, Sxx = 16/3, Syy = 3.5 -> 2 / sqrt(56/3) = 0.4629
        assertThat(q.get(2).discrimination()).isCloseTo(2 / Math.sqrt(56 / 3.0), within(1e-9));
        // ms: x = 1 .5 1 0 .5 0, rest = 4 2 3 1 2 1: Sxy = 2.5, Sxx = 1, Syy = 41/6 -> 2.5 / sqrt(41/6) = 0.9564
        assertThat(q.get(3).discrimination()).isCloseTo(2.5 / Math.sqrt(41 / 6.0), within(1e-9));
        // sa: nobody scored, x does not vary: undefined
        assertThat(q.get(4).discrimination()).isNull();
    }

    @Test
    void averageTimeCountsThoseWhoSawTheQuestion() {
        // mc: (10+20+30+40+50+60)/6; ms and sa: Flo ran out of time before them, Di's skip counts
        assertThat(q).extracting(QuestionStats::averageSeconds).containsExactly(35.0, 10.0, 10.0, 10.0, 10.0);
    }

    @Test
    void optionCountsAreInBankOrderWhateverOrderWasShown() {
        ClassReport.OptionSetStats mc = q.get(0).options().get(0);
        assertThat(mc.options()).extracting(ClassReport.OptionStats::count).containsExactly(2, 4, 0);
        assertThat(mc.options()).extracting(ClassReport.OptionStats::right).containsExactly(false, true, false);
        assertThat(mc.noAnswer()).isZero();
        assertThat(q.get(1).options().get(0).options()).extracting(ClassReport.OptionStats::count).containsExactly(1, 5);
        ClassReport.OptionSetStats ms = q.get(3).options().get(0);
        // library: Ann Bo Cy Di; bridge: Di; stadium: nobody; park: Ann Cy Ed; Flo never got there
        assertThat(ms.options()).extracting(ClassReport.OptionStats::count).containsExactly(4, 1, 0, 3);
        assertThat(ms.noAnswer()).isEqualTo(1);
        assertThat(q.get(2).options()).isEmpty();
    }

    @Test
    void typedWrongAnswersAreTalliedLowerCased() {
        assertThat(q.get(4).commonWrong()).containsExactly(new ClassReport.TypedAnswer("aliev", 3),
                new ClassReport.TypedAnswer("mara", 1));
        assertThat(q.get(2).commonWrong()).containsExactly(new ClassReport.TypedAnswer("12", 1),
                new ClassReport.TypedAnswer("15", 1));
    }

    @Test
    void flagsPointAtQuestionsWorthASecondLook() {
        assertThat(q).extracting(QuestionStats::flags).containsExactly(
                List.of(Flag.UNCHOSEN_OPTIONS),
                List.of(Flag.NEGATIVE_DISCRIMINATION),
                List.of(),
                List.of(Flag.UNCHOSEN_OPTIONS),
                List.of(Flag.NOBODY_RIGHT));
    }

    @Test
    void everybodyRightIsFlaggedAndHasNoDiscrimination() {
        QuestionStats tf = ItemAnalysis.questions(List.of(ClassFixture.ANN, ClassFixture.BO, ClassFixture.ED)).get(1);
        assertThat(tf.flags()).containsExactly(Flag.EVERYBODY_RIGHT, Flag.UNCHOSEN_OPTIONS);
        assertThat(tf.facility()).isEqualTo(1.0);
        assertThat(tf.discrimination()).isNull();
    }

    @Test
    void optionsAreNotBlamedWhenNobodyAnswered() {
        // Flo never reached ms: alone, nobody chose anything, which says nothing about the options
        QuestionStats ms = ItemAnalysis.questions(List.of(ClassFixture.FLO)).get(3);
        assertThat(ms.options().get(0).noAnswer()).isEqualTo(1);
        assertThat(ms.flags()).containsExactly(Flag.NOBODY_RIGHT);
    }

    @Test
    void fewerThanThreeAttemptsHaveNoDiscrimination() {
        assertThat(ItemAnalysis.questions(List.of(ClassFixture.ANN, ClassFixture.DI)).get(0).discrimination()).isNull();
    }

    @Test
    void correlationMatchesAKnownExample() {
        // x = 1..5, y = 2x: r = 1; y reversed: r = -1
        assertThat(Correlation.pearson(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 6, 8, 10})).isCloseTo(1.0, within(1e-12));
        assertThat(Correlation.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1})).isCloseTo(-1.0, within(1e-12));
        assertThat(Correlation.pearson(new double[] {1, 1, 1}, new double[] {3, 2, 1})).isNull();
    }
}
