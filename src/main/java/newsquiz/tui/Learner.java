package newsquiz.tui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import newsquiz.progress.ProfileSnapshot;
import newsquiz.progress.stats.Statistics;
import newsquiz.progress.stats.StatsReport;

/**
 * What the full-screen UI may ask of the learner's progress, outside any update function: who is
 * learning, which profiles exist, switching to another, and the statistics. The loop calls it when
 * an update asks through {@link Effect.AskLearner}; the program backs it with the progress store.
 */
public interface Learner {

    /** The profile answers are recorded for now. */
    String profile();

    /** The profiles in the progress file, the current one included even before its first answer. */
    List<String> profiles();

    /** Answers from now on go to {@code name}, a valid profile name ({@code ProgressStore.validateProfile}). */
    void switchProfile(String name);

    /** The current profile's statistics at {@code now}, as {@code newsquiz stats} computes them. */
    StatsReport stats(Instant now);

    /** No progress store: one profile with nothing answered. */
    Learner NONE = new Learner() {
        @Override
        public String profile() {
            return "default";
        }

        @Override
        public List<String> profiles() {
            return List.of(profile());
        }

        @Override
        public void switchProfile(String name) {
            // nothing is recorded anywhere, so there is nothing to switch
        }

        @Override
        public StatsReport stats(Instant now) {
            return Statistics.compute(ProfileSnapshot.empty(profile()), now, ZoneOffset.UTC, 0.9);
        }
    };
}
