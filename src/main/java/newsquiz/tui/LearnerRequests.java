package newsquiz.tui;

import java.time.Instant;
import java.util.function.Supplier;

/** The loop's side of a {@link LearnerRequest}: asks the {@link Learner} and builds the next screen. */
final class LearnerRequests {

    private LearnerRequests() {
    }

    /**
     * @param home builds a fresh home screen (banks and the mastery of the current profile)
     */
    static ScreenModel run(LearnerRequest request, Learner learner, Supplier<HomeModel> home, Instant now) {
        if (request instanceof LearnerRequest.ShowStats show) {
            return StatsModel.of(learner.stats(now), show.back());
        }
        if (request instanceof LearnerRequest.PickProfile pick) {
            return ProfileModel.of(learner.profiles(), learner.profile(), pick.home());
        }
        LearnerRequest.SwitchProfile to = (LearnerRequest.SwitchProfile) request;
        learner.switchProfile(to.name());
        HomeModel fresh = home.get();
        return to.home().withBanks(fresh.banks()).withProfile(learner.profile())
                .withMessage("Answers are now recorded for " + learner.profile() + ".");
    }
}
