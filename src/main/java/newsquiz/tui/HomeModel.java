package newsquiz.tui;

import java.util.ArrayList;
import java.util.List;
import newsquiz.engine.QuizMode;
import newsquiz.engine.QuizSetup;

/**
 * The home screen: the banks, the mode and its options, Start and Quit, as one list of rows.
 *
 * @param bank  the chosen bank (the last bank row that had the focus)
 * @param row   the focused row in {@link #rows()}
 * @param setup mode and options; its seed moves on after each quiz so the next one differs
 * @param profile the learner whose progress shows and records, or null without a progress store (no profile row)
 * @param study   what review, flashcards and weak spots would ask now; null when they are not offered
 */
public record HomeModel(List<BankEntry> banks, int bank, int row, QuizSetup setup, Overlay overlay, String message,
                        String profile, StudyCounts study) implements ScreenModel {

    /** The rows below the banks; which ones show depends on the mode. */
    public enum Row {
        BANK, PROFILE, MODE, COUNT, TOPIC, SHUFFLE, TIME_LIMIT, NEGATIVE, PER_QUESTION, TIME_SCORING, STREAKS, START,
        REVIEW, FLASHCARDS, WEAK, QUIT
    }

    public HomeModel {
        banks = List.copyOf(banks);
    }

    public static HomeModel start(List<BankEntry> banks, QuizSetup setup) {
        return new HomeModel(banks, 0, 0, setup, Overlay.NONE, null, null, null);
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        banks.forEach(b -> rows.add(Row.BANK));
        if (profile != null) {
            rows.add(Row.PROFILE);
        }
        rows.add(Row.MODE);
        rows.add(Row.COUNT);
        rows.add(Row.TOPIC);
        rows.add(Row.SHUFFLE);
        if (setup.mode() == QuizMode.EXAM) {
            rows.add(Row.TIME_LIMIT);
            rows.add(Row.NEGATIVE);
        } else if (setup.mode() == QuizMode.SPEED) {
            rows.add(Row.PER_QUESTION);
            rows.add(Row.TIME_SCORING);
            rows.add(Row.STREAKS);
        }
        rows.add(Row.START);
        if (study != null) {
            rows.addAll(List.of(Row.REVIEW, Row.FLASHCARDS, Row.WEAK));
        }
        rows.add(Row.QUIT);
        return rows;
    }

    public Row focusedRow() {
        return rows().get(row);
    }

    public BankEntry chosen() {
        return banks.isEmpty() ? null : banks.get(bank);
    }

    /** This home screen with the bank at {@code path} chosen (when listed). */
    public HomeModel withBank(java.nio.file.Path path) {
        if (path == null) {
            return this;
        }
        for (int i = 0; i < banks.size(); i++) {
            if (banks.get(i).path().toAbsolutePath().normalize().equals(path.toAbsolutePath().normalize())) {
                return new HomeModel(banks, i, i, setup, overlay, message, profile, study);
            }
        }
        return this;
    }

    /** The same choices over a fresh reading of the banks. */
    public HomeModel withBanks(List<BankEntry> fresh) {
        if (fresh.size() != banks.size()) {
            return new HomeModel(fresh, 0, 0, setup, Overlay.NONE, null, profile, study);
        }
        return new HomeModel(fresh, bank, row, setup, Overlay.NONE, null, profile, study);
    }

    HomeModel with(int newBank, int newRow, QuizSetup newSetup, Overlay newOverlay, String newMessage) {
        return new HomeModel(banks, newBank, newRow, newSetup, newOverlay, newMessage, profile, study);
    }

    /** This home screen for the learner {@code name} (null: no progress store, no profile row). */
    public HomeModel withProfile(String name) {
        return new HomeModel(banks, bank, row, setup, overlay, message, name, study);
    }

    public HomeModel withMessage(String text) {
        return new HomeModel(banks, bank, row, setup, overlay, text, profile, study);
    }

    /** This home screen offering the study modes with these counts (null: not offered). */
    public HomeModel withStudy(StudyCounts counts) {
        HomeModel next = new HomeModel(banks, bank, row, setup, overlay, message, profile, counts);
        // Without the study rows, a focus on one of them would point past the end.
        return row < next.rows().size() ? next : new HomeModel(banks, bank, bank, setup, overlay, message, profile, counts);
    }
}
