package newsquiz.tui;

import java.util.List;
import newsquiz.bank.Bank;
import newsquiz.tui.HomeModel.Row;

/** The home screen's study rows: Review, Flashcards, Weak spots, each with what it would ask now. */
final class HomeStudy {

    private HomeStudy() {
    }

    static boolean is(Row row) {
        return row == Row.REVIEW || row == Row.FLASHCARDS || row == Row.WEAK;
    }

    static StudyMode mode(Row row) {
        return switch (row) {
            case REVIEW -> StudyMode.REVIEW;
            case FLASHCARDS -> StudyMode.FLASHCARDS;
            default -> StudyMode.WEAK;
        };
    }

    /** Opens the mode over every readable bank on the home screen; this screen is where it comes back to. */
    static Update open(HomeModel m, Row row) {
        List<Bank> banks = m.banks().stream().filter(BankEntry::ok).map(BankEntry::bank).toList();
        return Update.of(m, new Effect.Study(new StudyEffect.Open(mode(row), banks, m)));
    }

    static Line line(Line pointer, Row row, HomeModel m, boolean here) {
        StudyCounts c = m.study();
        String count = row == Row.WEAK ? c.weakSpots() : c.review();
        return pointer.plus(TextWrap.pad(mode(row).label(), 14), here ? Style.SELECTED : Style.TITLE).plus(count, Style.DIM);
    }
}
