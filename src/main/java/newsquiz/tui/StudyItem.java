package newsquiz.tui;

import newsquiz.engine.QuizItem;

/**
 * A question of a study session: its bank (answers are recorded under it), how it is shown, and a
 * note saying why it is asked ("new", "review, recall 72%").
 */
public record StudyItem(String bankId, QuizItem item, String note) {
}
