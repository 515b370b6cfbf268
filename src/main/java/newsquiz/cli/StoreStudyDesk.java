package newsquiz.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import newsquiz.bank.Bank;
import newsquiz.bank.Question;
import newsquiz.engine.AnswerRecord;
import newsquiz.engine.Presentation;
import newsquiz.engine.QuizConfig;
import newsquiz.engine.QuizItem;
import newsquiz.plain.DueText;
import newsquiz.progress.AnswerEvent;
import newsquiz.progress.GradePreview;
import newsquiz.progress.ProgressStore;
import newsquiz.progress.ReviewQueue;
import newsquiz.progress.SessionRecord;
import newsquiz.progress.WeakSpots;
import newsquiz.tui.FlashcardsModel;
import newsquiz.tui.HomeModel;
import newsquiz.tui.ScreenModel;
import newsquiz.tui.StudyCounts;
import newsquiz.tui.StudyDesk;
import newsquiz.tui.StudyEmptyModel;
import newsquiz.tui.StudyItem;
import newsquiz.tui.StudyMode;
import newsquiz.tui.StudyQuizModel;
import newsquiz.tui.StudyScope;

/**
 * The study screens' access to the learner's progress: the same queues, notes, grading and undo as
 * the line-mode commands ({@code review}, {@code flashcards}, {@code weak}), on one open store.
 */
public final class StoreStudyDesk implements StudyDesk {

    private final ProgressStore store;
    private final Supplier<ZoneId> zone;
    private final int newPerDay;
    private final int weakCount;
    private final Random shuffles;

    /**
     * @param zone      the learner's time zone, for "Next review due: 2025-03-02 10:00"
     * @param newPerDay new questions a day at most in review and flashcards
     * @param weakCount questions a weak-spots session asks
     * @param seed      for the order in which choices are shown
     */
    public StoreStudyDesk(ProgressStore store, ZoneId zone, int newPerDay, int weakCount, long seed) {
        this(store, () -> zone, newPerDay, weakCount, seed);
    }

    /**
     * With the zone looked up when first needed: the first look-up of the system zone reads the
     * zone database (30-50 ms), which a quiz started straight from the command line never needs
     * before its first question is on screen.
     */
    public StoreStudyDesk(ProgressStore store, Supplier<ZoneId> zone, int newPerDay, int weakCount, long seed) {
        this.store = store;
        this.zone = zone;
        this.newPerDay = newPerDay;
        this.weakCount = weakCount;
        this.shuffles = new Random(seed);
    }

    @Override
    public ScreenModel open(StudyMode mode, List<Bank> banks, HomeModel home, Instant now) {
        StudyBanks b = StudyBanks.of(banks);
        StudyScope scope = new StudyScope(b.banks(), b.title(), b.scope(), b.sessionBankId());
        if (mode == StudyMode.WEAK) {
            List<WeakSpots.Entry> weak = WeakSpots.find(scope.banks(), store, now, weakCount);
            if (weak.isEmpty()) {
                return new StudyEmptyModel(mode, scope.title(), List.of(WeakCommand.noneYet(scope.scope())), warning(), home);
            }
            List<StudyItem> items = new ArrayList<>();
            weak.forEach(e -> items.add(item(e.bankId(), e.question(), WeakCommand.note(e))));
            return StudyQuizModel.start(mode, scope, items, QuizConfig.practice(), now, home, warning());
        }
        ReviewQueue queue = ReviewQueue.build(scope.banks(), store, now, newPerDay);
        if (queue.isEmpty()) {
            return new StudyEmptyModel(mode, scope.title(), DueText.nothingDue(queue, scope.scope(), now, zone.get()), warning(), home);
        }
        List<StudyItem> items = new ArrayList<>();
        queue.entries().forEach(e -> items.add(item(e.bankId(), e.question(), ReviewCommand.note(e.due()))));
        return mode == StudyMode.REVIEW
                ? StudyQuizModel.start(mode, scope, items, QuizConfig.review(), now, home, warning())
                : FlashcardsModel.start(scope, items, now, home, warning());
    }

    private StudyItem item(String bankId, Question q, String note) {
        return new StudyItem(bankId, new QuizItem(q, Presentation.shuffled(q, shuffles)), note);
    }

    @Override
    public StudyCounts counts(List<Bank> banks, Instant now) {
        ReviewQueue queue = ReviewQueue.build(banks, store, now, newPerDay);
        return new StudyCounts(queue.dueCount(), queue.newCount(), WeakSpots.find(banks, store, now, weakCount).size());
    }

    @Override
    public void answered(String bankId, AnswerRecord record) {
        AnswerEvent e = ProgressQuizListener.event(bankId, record);
        if (e != null) {
            store.recordAnswer(e);
        }
    }

    @Override
    public void graded(AnswerEvent event) {
        store.recordAnswer(event);
    }

    @Override
    public boolean undo() {
        return store.undoLastGrade().isPresent();
    }

    @Override
    public GradePreview preview(String bankId, Question question, Instant now) {
        return GradePreview.of(store, bankId, question, now);
    }

    @Override
    public void finished(SessionRecord session) {
        if (session != null) {
            store.recordSession(session);
        }
    }

    @Override
    public String outlook(StudyScope scope, Instant now) {
        ReviewQueue after = ReviewQueue.build(scope.banks(), store, now, newPerDay);
        if (after.isEmpty()) {
            return DueText.afterSession(after, now, zone.get());
        }
        // The line mode says "run the command again"; here the home screen's Review row is one key away.
        int n = after.entries().size();
        return n + (n == 1 ? " question is" : " questions are") + " due now: go on from the home screen (Enter).";
    }

    @Override
    public String warning() {
        return store.isSaving() ? null : store.status().message();
    }
}
