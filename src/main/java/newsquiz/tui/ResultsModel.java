package newsquiz.tui;

import newsquiz.engine.QuizConfig;
import newsquiz.engine.QuizResult;

/** The results screen: the finished quiz's result, scrolled to {@code scroll}. */
public record ResultsModel(String title, QuizKey key, QuizConfig config, QuizResult result, int scroll, Overlay overlay,
                           String message, HomeModel home) implements ScreenModel {

    public static ResultsModel of(String title, QuizKey key, QuizConfig config, QuizResult result, HomeModel home) {
        return new ResultsModel(title, key, config, result, 0, Overlay.NONE, null, home);
    }

    ResultsModel with(int newScroll, Overlay newOverlay, String newMessage) {
        return new ResultsModel(title, key, config, result, newScroll, newOverlay, newMessage, home);
    }
}
