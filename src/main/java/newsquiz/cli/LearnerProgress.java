package newsquiz.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import newsquiz.engine.QuizListener;
import newsquiz.progress.DataDir;
import newsquiz.progress.ProgressStore;
import newsquiz.tui.Learner;

/**
 * Opens the learner's progress store for a quiz and closes it afterwards. Opening never fails
 * the quiz: a damaged, locked or unwritable progress file comes back as warnings (printed to
 * the user) and a store that does not save, so the learner can still play.
 */
final class LearnerProgress implements AutoCloseable {

    private final ProgressStore store;

    private LearnerProgress(ProgressStore store) {
        this.store = store;
    }

    static LearnerProgress open(Path dataOption, String profile, Clock clock, PrintWriter err) {
        String name = ProfileOption.checked(profile);
        Path dir = DataDir.resolve(dataOption, System.getenv(), BankLocator.home());
        ProgressStore.OpenResult opened = ProgressStore.open(dir, name, clock);
        for (String w : opened.warnings()) {
            err.println("newsquiz: " + w);
        }
        err.flush();
        return new LearnerProgress(opened.store());
    }

    ProgressStore store() {
        return store;
    }

    QuizListener listener(String bankId, String mode, Clock clock) {
        return new ProgressQuizListener(store, bankId, mode, clock);
    }

    /** The store as the full-screen UI sees it: profiles and statistics, days in the system time zone. */
    Learner learner() {
        return new StoreLearner(store, ZoneId::systemDefault);
    }

    @Override
    public void close() {
        store.close();
    }
}
