package newsquiz.tui;

import newsquiz.engine.QuizMode;

/**
 * Which quiz answers belong to, for whoever records them: the bank, the mode, and whether it is a
 * recorded exam that quitting the program must leave open to be resumed (not handed in).
 */
public record QuizKey(String bankId, QuizMode mode, boolean resumable) {

    public static QuizKey of(String bankId, QuizMode mode) {
        return new QuizKey(bankId, mode, false);
    }
}
