package newsquiz.cli;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import newsquiz.bank.Question;
import newsquiz.engine.Presentation;
import newsquiz.engine.QuizConfig;
import newsquiz.engine.QuizItem;
import newsquiz.engine.QuizResult;
import newsquiz.engine.QuizSession;
import newsquiz.plain.PlainQuiz;
import newsquiz.progress.ProgressStore;

/**
 * Runs review or weak spots as a line-mode quiz over questions from several banks: the same checking
 * and feedback as a quiz, each answer graded and recorded in the store under its own bank, and
 * {@code :undo} taking the last grade back.
 */
final class StudyQuiz {

    /** A question to ask, its bank, and a note for its heading (why it is asked). */
    record Item(String bankId, Question question, String note) {
    }

    private StudyQuiz() {
    }

    /**
     * @param label       the mode as the heading names it ("weak spots")
     * @param sessionMode the mode as the score history records it ("weak")
     */
    static QuizResult run(List<Item> items, QuizConfig config, String title, String label, String sessionMode,
                          StudyBanks banks, ProgressStore store, LineIo io, Clock clock, long seed) throws IOException {
        // identity, not equality: two banks may hold equal questions, and each answer belongs to its own bank
        Map<Question, Item> byQuestion = new IdentityHashMap<>();
        List<QuizItem> quizItems = new ArrayList<>();
        Random random = new Random(seed);
        for (Item item : items) {
            byQuestion.put(item.question(), item);
            quizItems.add(new QuizItem(item.question(), Presentation.shuffled(item.question(), random)));
        }
        ProgressQuizListener listener = new ProgressQuizListener(store, q -> byQuestion.get(q).bankId(),
                banks.sessionBankId(), sessionMode, clock);
        QuizSession session = QuizSession.start(quizItems, config, clock.instant());
        return new PlainQuiz(io.in(), io.out(), io.utf8(), clock, listener)
                .echoingInput(io.echo())
                .labelled(label)
                .allowingUndo(() -> store.undoLastGrade().isPresent())
                .annotating(q -> {
                    Item item = byQuestion.get(q.question());
                    String note = item.note();
                    return banks.several() ? item.bankId() + (note == null ? "" : ", " + note) : note;
                })
                .run(title, session);
    }
}
