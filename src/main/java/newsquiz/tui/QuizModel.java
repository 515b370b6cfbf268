package newsquiz.tui;

import java.time.Instant;
import newsquiz.engine.AnswerRecord;
import newsquiz.engine.QuizSession;

/**
 * The question screen and its feedback: the engine's session, the answer area being filled in,
 * and, after an answer in practice or speed mode, the feedback being read.
 *
 * @param key      whose answers these are (bank, mode, recorded exam or not)
 * @param input    the answer area; null while feedback shows
 * @param feedback the record whose feedback shows, or null while answering
 * @param scroll   first body line shown, -1 to follow the focus
 * @param now      the time of the last message, for the timers on screen
 * @param home     the home screen to go back to after the results, or null
 */
public record QuizModel(String title, QuizKey key, QuizSession session, AnswerInput input, AnswerRecord feedback,
                        Overlay overlay, int scroll, String message, Instant now, HomeModel home) implements ScreenModel {

    public static QuizModel start(String title, QuizKey key, QuizSession session, Instant now, HomeModel home) {
        return new QuizModel(title, key, session.presented(now), AnswerInput.start(session.current()), null,
                Overlay.NONE, -1, null, now, home);
    }

    QuizModel withInput(AnswerInput i, String msg) {
        return new QuizModel(title, key, session, i, feedback, overlay, -1, msg, now, home);
    }

    QuizModel withSession(QuizSession s, String msg) {
        return new QuizModel(title, key, s, input, feedback, overlay, -1, msg, now, home);
    }

    QuizModel withOverlay(Overlay o) {
        return new QuizModel(title, key, session, input, feedback, o, scroll, message, now, home);
    }

    QuizModel withScroll(int s) {
        return new QuizModel(title, key, session, input, feedback, overlay, s, message, now, home);
    }

    /** This screen with {@code msg} on its message line (e.g. where a recorded exam is saved). */
    public QuizModel withMessage(String msg) {
        return new QuizModel(title, key, session, input, feedback, overlay, scroll, msg, now, home);
    }

    QuizModel withNow(Instant t) {
        return new QuizModel(title, key, session, input, feedback, overlay, scroll, message, t, home);
    }

    /** Feedback for {@code r}, with the session already moved on. */
    QuizModel showing(QuizSession next, AnswerRecord r) {
        return new QuizModel(title, key, next, null, r, overlay, -1, null, now, home);
    }

    /** The next question of {@code next}, shown at {@code t}. */
    QuizModel asking(QuizSession next, Instant t) {
        QuizSession shown = next.presented(t);
        return new QuizModel(title, key, shown, AnswerInput.start(shown.current()), null, overlay, -1, null, t, home);
    }
}
