package newsquiz.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newsquiz.engine.QuizConfig;
import newsquiz.progress.ProgressStore;
import newsquiz.progress.WeakSpots;
import newsquiz.tui.StudyMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsquiz weak}: a practice quiz on the questions you know least. */
@Command(name = "weak", mixinStandardHelpOptions = true,
        description = {"Practise your weak spots: the questions you know least, as a quiz.",
                "The answered questions with the lowest recall (FSRS retrievability) or accuracy, weakest "
                + "first, as a practice quiz. Type :undo to take back your last answer (u on the full screen, which a "
                + "terminal gets; --plain for line mode)."})
final class WeakCommand implements Callable<Integer> {

    static final int DEFAULT_COUNT = 10;

    @Mixin
    StudyOptions study;

    @Option(names = {"-n", "--count"}, paramLabel = "N", description = "How many questions (default: " + DEFAULT_COUNT + ").")
    int count = DEFAULT_COUNT;

    @Spec
    CommandSpec spec;

    Clock clock = Clock.systemDefaultZone();
    LineIo io;

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            throw new ParameterException(spec.commandLine(), "--count must be 1 or more, not " + count);
        }
        String profile = study.profile();
        PrintWriter err = spec.commandLine().getErr();
        StudyBanks banks = StudyBanks.load(study.bank, err);
        LineIo lines = io != null ? io : LineIo.system();
        try (LearnerProgress progress = LearnerProgress.open(study.data, profile, clock, err)) {
            ProgressStore store = progress.store();
            if (StudyTui.wanted(study, io)) {
                return StudyTui.run(StudyMode.WEAK, banks, store, clock, study, ProgressStore.DEFAULT_NEW_PER_DAY, count);
            }
            Instant now = clock.instant();
            List<WeakSpots.Entry> weak = WeakSpots.find(banks.banks(), store, now, count);
            if (weak.isEmpty()) {
                lines.out().println(noneYet(banks.scope()));
                lines.out().flush();
                return ExitCodes.OK;
            }
            List<StudyQuiz.Item> items = new ArrayList<>();
            for (WeakSpots.Entry e : weak) {
                items.add(new StudyQuiz.Item(e.bankId(), e.question(), note(e)));
            }
            StudyQuiz.run(items, QuizConfig.practice(), banks.title(), "weak spots", "weak", banks, store, lines, clock,
                    study.seed());
        }
        return ExitCodes.OK;
    }

    /** How weak a question is, for its heading. */
    static String note(WeakSpots.Entry e) {
        return String.format("recall %.0f%%, right %d of %d", 100 * e.weak().retrievability(),
                Math.round(e.weak().accuracy() * e.weak().attempts()), e.weak().attempts());
    }

    /** What to say when there is nothing answered in {@code scope} yet. */
    static String noneYet(String scope) {
        return "No weak spots yet in " + scope + ": nothing answered there so far. Play a quiz or run a review first.";
    }
}
