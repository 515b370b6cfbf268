package newsquiz.progress.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The formula vectors from fsrs-rs and ts-fsrs (notes §2.2-§2.4). */
class FsrsModelTest {

    private static final double TOL = 1e-4;
    private final FsrsModel model = new FsrsModel(FsrsParameters.DEFAULT);

    @Test
    void factorMatchesPyFsrs() {
        assertThat(model.factor()).isCloseTo(0.9803464944134797, within(1e-12));
        assertThat(model.retrievability(7, 7)).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void forgettingCurve() {
        double[][] ts = {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 4}, {5, 2}};
        double[] expected = {1.0, 0.9403443, 0.9253786, 0.9185229, 0.9, 0.8261359};
        for (int i = 0; i < ts.length; i++) {
            assertThat(model.retrievability(ts[i][0], ts[i][1])).isCloseTo(expected[i], within(TOL));
        }
        double[] tsFsrs = {1.0, 0.9, 0.84588465, 0.8093881};
        for (int t = 0; t < 4; t++) {
            assertThat(model.retrievability(t, 1)).isCloseTo(tsFsrs[t], within(1e-7));
        }
    }

    @Test
    void retrievabilityWithDecay02() {
        FsrsModel m = new FsrsModel(FsrsParameters.DEFAULT.with(20, 0.2));
        double[] expected = {1.0, 0.9, 0.84028935, 0.7985001};
        for (int t = 0; t < 4; t++) {
            assertThat(m.retrievability(t, 1)).isCloseTo(expected[t], within(TOL));
        }
    }

    @Test
    void initialStabilityAndDifficulty() {
        double[] s = {0.212, 1.2931, 2.3065, 8.2956};
        double[] d = {6.4133, 5.11217071, 2.11810397, 1};
        for (Rating g : Rating.values()) {
            assertThat(model.initialStability(g)).isEqualTo(s[g.value() - 1]);
            assertThat(model.initialDifficulty(g)).isCloseTo(d[g.value() - 1], within(1e-8));
        }
        assertThat(model.initialDifficultyUnclamped(Rating.EASY)).isCloseTo(-4.7716307, within(1e-6));
    }

    @Test
    void nextDifficultyFromFive() {
        double[] expected = {8.34176237, 6.66599536, 4.99022837, 3.31446137};
        for (Rating g : Rating.values()) {
            assertThat(model.nextDifficulty(5.0, g)).isCloseTo(expected[g.value() - 1], within(1e-7));
        }
    }

    @Test
    void nextRecallStabilityFromFive() {
        double[] expected = {25.60252118, 28.22657096, 58.65599107, 127.2266925};
        double[] r = {0.9, 0.8, 0.7, 0.6};
        for (Rating g : Rating.values()) {
            int i = g.value() - 1;
            assertThat(model.nextRecallStability(i + 1, 5.0, r[i], g)).isCloseTo(expected[i], within(1e-6));
        }
    }

    @Test
    void nextForgetStabilityFromFive() {
        double[] expected = {1.05253961, 1.18943295, 1.36808387, 1.58498896};
        double[] r = {0.9, 0.8, 0.7, 0.6};
        for (int i = 0; i < 4; i++) {
            assertThat(model.nextForgetStability(i + 1, 5.0, r[i])).isCloseTo(expected[i], within(1e-7));
        }
    }

    @Test
    void nextShortTermStabilityFromFiveProtectsHard() {
        double[] expected = {1.596818, 5, 5, 8.12960956};
        for (Rating g : Rating.values()) {
            assertThat(model.nextShortTermStability(5.0, g)).isCloseTo(expected[g.value() - 1], within(1e-6));
        }
    }

    @Test
    void parametersAreValidatedAndOlderVectorsMigrated() {
        assertThatThrownBy(() -> FsrsParameters.DEFAULT.with(20, 0.9)).hasMessageContaining("w20");
        assertThatThrownBy(() -> FsrsParameters.of(1, 2, 3)).hasMessageContaining("17, 19 or 21");
        FsrsParameters fsrs45 = FsrsParameters.of(0.4, 0.6, 2.4, 5.8, 4.93, 0.94, 0.86, 0.01, 1.49, 0.14, 0.94,
                2.18, 0.05, 0.34, 1.26, 0.29, 2.61);
        assertThat(fsrs45.w(4)).isCloseTo(6.81, within(1e-6));
        assertThat(fsrs45.w(5)).isCloseTo(0.44675013, within(1e-6));
        assertThat(fsrs45.w(6)).isCloseTo(1.36, within(1e-6));
        assertThat(fsrs45.w(20)).isEqualTo(0.5);
        FsrsModel fsrs5 = new FsrsModel(FsrsParameters.of(0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345,
                1.4604, 0.0046, 1.54575, 0.1192, 1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655,
                0.6621));
        assertThat(fsrs5.factor()).isCloseTo(19.0 / 81, within(1e-12));
    }
}
