package newsquiz.tui;

import java.time.Instant;
import java.util.List;
import newsquiz.progress.FlashcardSession;
import newsquiz.progress.GradePreview;

/**
 * A flashcard session on screen: the cards (how each is shown and why it is due), the session
 * (which card, answer showing or not, the grades given), and the summary once it is over.
 *
 * @param preview the current card's interval per grade, once the desk has said; null before
 * @param outlook what comes next after the session ("Next review due: ..."), or null
 * @param note    a line about the last thing done ("Good: next review in 10 min"), or null
 * @param warning why progress is not being saved, or null; stays on screen
 * @param scroll  first body line shown, -1 to follow the focus
 */
public record FlashcardsModel(StudyScope scope, List<StudyItem> cards, FlashcardSession session, GradePreview preview,
                              String outlook, String note, String warning, Overlay overlay, int scroll, HomeModel home)
        implements StudyScreenModel {

    public FlashcardsModel {
        cards = List.copyOf(cards);
    }

    public static FlashcardsModel start(StudyScope scope, List<StudyItem> cards, Instant now, HomeModel home,
                                        String warning) {
        List<FlashcardSession.Card> deck = cards.stream()
                .map(c -> new FlashcardSession.Card(c.bankId(), c.item().question())).toList();
        return new FlashcardsModel(scope, cards, FlashcardSession.start(deck, now), null, null, null, warning,
                Overlay.NONE, -1, home);
    }

    /** The card showing (the last one once the session is over). */
    StudyItem card() {
        return cards.get(session.number() - 1);
    }

    FlashcardsModel with(FlashcardSession s, GradePreview p, String n) {
        return new FlashcardsModel(scope, cards, s, p, null, n, warning, Overlay.NONE, -1, home);
    }

    FlashcardsModel withPreview(GradePreview p) {
        return new FlashcardsModel(scope, cards, session, p, outlook, note, warning, overlay, scroll, home);
    }

    FlashcardsModel withOutlook(String o) {
        return new FlashcardsModel(scope, cards, session, preview, o, note, warning, overlay, scroll, home);
    }

    FlashcardsModel withWarning(String w) {
        return new FlashcardsModel(scope, cards, session, preview, outlook, note, w, overlay, scroll, home);
    }

    FlashcardsModel withOverlay(Overlay o) {
        return new FlashcardsModel(scope, cards, session, preview, outlook, note, warning, o, scroll, home);
    }

    FlashcardsModel withScroll(int s) {
        return new FlashcardsModel(scope, cards, session, preview, outlook, note, warning, overlay, s, home);
    }
}
