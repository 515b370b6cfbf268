package newsquiz.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import newsquiz.progress.ProgressStore;
import newsquiz.tui.StudyMode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@code review}, {@code flashcards} and {@code weak} share: the banks are loaded and the
 * learner's progress opened, then the full screen runs in a terminal, otherwise a line-mode
 * session.
 */
abstract class StudyCommand implements Callable<Integer> {

    @Mixin
    StudyOptions study;

    @Spec
    CommandSpec spec;

    Clock clock = Clock.systemDefaultZone();
    LineIo io;

    /** One line-mode session, recording into {@code store}. */
    interface LineSession {
        void run(StudyBanks banks, ProgressStore store, LineIo lines) throws Exception;
    }

    /** The mode the full screen opens in. */
    abstract StudyMode mode();

    /**
     * Loads the banks and opens the progress; on a terminal runs the full screen in {@link #mode()}
     * (with {@code newPerDay} new questions a day and {@code weakCount} weak spots), otherwise {@code line}.
     */
    final int run(int newPerDay, int weakCount, LineSession line) throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        StudyBanks banks = StudyBanks.load(study.bank, err);
        LineIo lines = io != null ? io : LineIo.system();
        try (LearnerProgress progress = LearnerProgress.open(study.data, study.profile(), clock, err)) {
            ProgressStore store = progress.store();
            if (StudyTui.wanted(study, io)) {
                return StudyTui.run(mode(), banks, store, clock, study, newPerDay, weakCount);
            }
            line.run(banks, store, lines);
        }
        return ExitCodes.OK;
    }
}
