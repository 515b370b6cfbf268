package newsquiz.tui;

import java.time.Instant;
import java.util.List;
import newsquiz.engine.QuizConfig;
import newsquiz.engine.QuizItem;
import newsquiz.engine.QuizResult;
import newsquiz.engine.QuizSession;
import newsquiz.engine.UndoableQuiz;
import newsquiz.engine.Verdict;
import newsquiz.progress.SessionRecord;

/**
 * Review or weak spots: a quiz screen ({@link QuizModel}, with all its answer inputs) whose answers
 * are recorded under each question's own bank and can be taken back, then a summary.
 *
 * @param quiz    the question screen being driven
 * @param history the sessions before each answer, for undo
 * @param result  the finished session's result while the summary shows; null while asking
 * @param outlook what comes next ("Next review due: ..."), once the desk has said
 * @param note    a line about the last thing done ("Took back your answer"), or null
 * @param warning why progress is not being saved, or null; stays on screen
 * @param scroll  first summary line shown
 */
public record StudyQuizModel(StudyMode mode, StudyScope scope, List<StudyItem> items, QuizModel quiz,
                             UndoableQuiz history, QuizResult result, String outlook, String note, String warning,
                             int scroll, HomeModel home) implements StudyScreenModel {

    public StudyQuizModel {
        items = List.copyOf(items);
    }

    public static StudyQuizModel start(StudyMode mode, StudyScope scope, List<StudyItem> items, QuizConfig config,
                                       Instant now, HomeModel home, String warning) {
        List<QuizItem> quizItems = items.stream().map(StudyItem::item).toList();
        QuizSession session = QuizSession.start(quizItems, config, now);
        QuizModel quiz = QuizModel.start(scope.title(), QuizKey.of(scope.sessionBankId(), config.mode()), session, now, null);
        return new StudyQuizModel(mode, scope, items, quiz, UndoableQuiz.start(quiz.session()), null, null, null, warning,
                0, home);
    }

    public boolean done() {
        return result != null;
    }

    /** The study item of a question asked (by identity: two banks may hold equal questions). */
    StudyItem itemOf(QuizItem asked) {
        for (StudyItem i : items) {
            if (i.item().question() == asked.question()) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a question of this session: " + asked.question().id());
    }

    /** The session for the score history; null when nothing was answered (a skip counts: it is recorded). */
    SessionRecord sessionRecord() {
        if (result == null || result.records().stream().allMatch(r -> r.mark().verdict() == Verdict.UNANSWERED)) {
            return null;
        }
        return new SessionRecord(history.session().startedAt(), scope.sessionBankId(), mode.historyName(),
                result.score(), result.maximum(), result.duration().toMillis());
    }

    StudyQuizModel asking(QuizModel q, UndoableQuiz h, String newNote) {
        return new StudyQuizModel(mode, scope, items, q, h, null, null, newNote, warning, 0, home);
    }

    StudyQuizModel finished(UndoableQuiz h, QuizResult r) {
        return new StudyQuizModel(mode, scope, items, quiz, h, r, null, null, warning, 0, home);
    }

    StudyQuizModel withWarning(String w) {
        return new StudyQuizModel(mode, scope, items, quiz, history, result, outlook, note, w, scroll, home);
    }

    StudyQuizModel withOutlook(String o) {
        return new StudyQuizModel(mode, scope, items, quiz, history, result, o, note, warning, scroll, home);
    }

    StudyQuizModel withNote(String n) {
        return new StudyQuizModel(mode, scope, items, quiz, history, result, outlook, n, warning, scroll, home);
    }

    StudyQuizModel withScroll(int s) {
        return new StudyQuizModel(mode, scope, items, quiz, history, result, outlook, note, warning, s, home);
    }
}
