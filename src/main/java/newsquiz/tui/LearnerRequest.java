package newsquiz.tui;

/**
 * A screen change that needs the learner's progress, which update functions do not read: the loop
 * runs it through {@link LearnerRequests#run} (see {@link Effect.AskLearner}).
 */
public sealed interface LearnerRequest {

    /** The statistics screen; Esc goes back to {@code back}. */
    record ShowStats(ScreenModel back) implements LearnerRequest {
    }

    /** The profile picker over the profiles in the progress file; Esc goes back to {@code home}. */
    record PickProfile(HomeModel home) implements LearnerRequest {
    }

    /** Record answers for {@code name} from now on and go back to {@code home}, its mastery read again. */
    record SwitchProfile(String name, HomeModel home) implements LearnerRequest {
    }
}
