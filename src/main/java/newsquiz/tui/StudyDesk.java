package newsquiz.tui;

import java.time.Instant;
import java.util.List;
import newsquiz.bank.Bank;
import newsquiz.bank.Question;
import newsquiz.engine.AnswerRecord;
import newsquiz.progress.AnswerEvent;
import newsquiz.progress.GradePreview;
import newsquiz.progress.SessionRecord;

/**
 * What the study screens need from the learner's progress store. The screens never call it: they
 * ask for it with {@link StudyEffect}s, which the loop runs (before drawing the next frame) through
 * {@link StudyEffects}, feeding results back as {@link Msg.Studied}. So the models stay pure.
 */
public interface StudyDesk {

    /**
     * The first screen of a {@code mode} session over {@code banks}: its first question or card,
     * or a friendly screen saying nothing is due. {@code home} (may be null) is where it goes after.
     */
    ScreenModel open(StudyMode mode, List<Bank> banks, HomeModel home, Instant now);

    /** What each mode would ask now over {@code banks}, for the home screen. */
    StudyCounts counts(List<Bank> banks, Instant now);

    /** Records an answer of a review or weak-spots session under {@code bankId}; durable when saving. */
    void answered(String bankId, AnswerRecord record);

    /** Records a flashcard's self-grade; durable when saving. */
    void graded(AnswerEvent event);

    /** Takes back the last answer or grade recorded; false when there was none. */
    boolean undo();

    /** When the question would be due after each grade, as the store stands now. */
    GradePreview preview(String bankId, Question question, Instant now);

    /** Adds a finished session to the score history. */
    void finished(SessionRecord session);

    /** What comes next after a session over {@code scope}: how many are due now, or when the next is. */
    String outlook(StudyScope scope, Instant now);

    /** Why progress is not being saved, or null while it is. */
    String warning();
}
