package newsquiz.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import newsquiz.bank.Question;
import newsquiz.bank.QuestionType;

/** Picks and arranges a session's questions. Deterministic for a given seed. */
public final class QuestionPicker {

    private QuestionPicker() {
    }

    /**
     * Ordering and matching questions list their answer in bank order (items in order, pairs
     * side by side), so they are shuffled even when the learner asked for no shuffling.
     */
    private static boolean givesAnswerAway(Question q) {
        return q.type() == QuestionType.ORDERING || q.type() == QuestionType.MATCHING;
    }

    /** The items for a session; empty when no question matches the selection. */
    public static List<QuizItem> pick(List<Question> questions, Selection selection, long seed) {
        Random random = new Random(seed);
        List<Question> chosen = new ArrayList<>();
        for (Question q : questions) {
            boolean topicOk = selection.topics().isEmpty() || q.topics().stream().anyMatch(selection.topics()::contains);
            boolean difficultyOk = selection.difficulties().isEmpty() || selection.difficulties().contains(q.difficulty());
            if (topicOk && difficultyOk) {
                chosen.add(q);
            }
        }
        if (selection.shuffle()) {
            Collections.shuffle(chosen, random);
        }
        if (selection.count() > 0 && selection.count() < chosen.size()) {
            chosen = chosen.subList(0, selection.count());
        }
        List<QuizItem> items = new ArrayList<>(chosen.size());
        for (Question q : chosen) {
            items.add(new QuizItem(q, selection.shuffle() || givesAnswerAway(q)
                    ? Presentation.shuffled(q, random) : Presentation.unshuffled(q)));
        }
        return items;
    }
}
