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

    public static CardState fromJsonName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
