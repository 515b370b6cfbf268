package newsquiz.cli;

import java.util.ArrayList;
import java.util.List;
import newsquiz.engine.QuizConfig;
import newsquiz.progress.ProgressStore;
import newsquiz.progress.WeakSpots;
import newsquiz.tui.StudyMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code newsquiz weak}: a practice quiz on the questions you know least. */
@Command(name = "weak", mixinStandardHelpOptions = true,
        description = {"Practise your weak spots: the questions you know least, as a quiz.",
                "The answered questions with the lowest recall (FSRS retrievability) or accuracy, weakest "
                + "first, as a practice quiz. Type :undo to take back your last answer (u on the full screen, which a "
                + "terminal gets; --plain for line mode)."})
final class WeakCommand extends StudyCommand {

    static final int DEFAULT_COUNT = 10;

    @Option(names = {"-n", "--count"}, paramLabel = "N", description = "How many questions (default: " + DEFAULT_COUNT + ").")
    int count = DEFAULT_COUNT;

    @Override
    StudyMode mode() {
        return StudyMode.WEAK;
    }

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            throw new ParameterException(spec.commandLine(), "--count must be 1 or more, not " + count);
        }
        return run(ProgressStore.DEFAULT_NEW_PER_DAY, count, (banks, store, lines) -> {
            List<WeakSpots.Entry> weak = WeakSpots.find(banks.banks(), store, clock.instant(), count);
            if (weak.isEmpty()) {
                lines.out().println(noneYet(banks.scope()));
                lines.out().flush();
                return;
            }
            List<StudyQuiz.Item> items = new ArrayList<>();
            for (WeakSpots.Entry e : weak) {
                items.add(new StudyQuiz.Item(e.bankId(), e.question(), note(e)));
            }
            StudyQuiz.run(items, QuizConfig.practice(), banks.title(), "weak spots", "weak", banks, store, lines, clock,
                    study.seed());
        });
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
