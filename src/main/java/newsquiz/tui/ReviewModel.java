package newsquiz.tui;

import java.util.List;
import newsquiz.engine.AnswerRecord;

/** Going through the mistakes one by one; {@code results} is where Esc goes back to. */
public record ReviewModel(ResultsModel results, int index, int scroll, Overlay overlay) implements ScreenModel {

    public List<AnswerRecord> mistakes() {
        return results.result().mistakes();
    }

    ReviewModel with(int newIndex, int newScroll, Overlay newOverlay) {
        return new ReviewModel(results, newIndex, newScroll, newOverlay);
    }
}
