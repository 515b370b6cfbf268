package newsquiz.progress.fsrs;

import java.util.Locale;

/**
 * Where a card is in the scheduler's state machine. {@code NEW} means never reviewed (py-fsrs
 * models this as Learning with no stability; an explicit state reads better in the progress file).
 */
public enum CardState {
    NEW, LEARNING, REVIEW, RELEARNING;

    /** The lower-case name used in the progress file. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state named {@code name} as in the file; IllegalArgumentException for anything else. */
    public static CardState fromJsonName(String name) {
        switch (name) {
            case "new":
                return NEW;
            case "learning":
                return LEARNING;
            case "review":
                return REVIEW;
            case "relearning":
                return RELEARNING;
            default:
                throw new IllegalArgumentException("no card state '" + name + "'");
        }
    }
}
