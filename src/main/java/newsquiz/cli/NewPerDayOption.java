package newsquiz.cli;

import newsquiz.progress.ProgressStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --new-per-day N}, shared by review and flashcards, which draw new questions from the same daily limit. */
final class NewPerDayOption {

    @Option(names = "--new-per-day", paramLabel = "N",
            description = "New questions a day at most (default: " + ProgressStore.DEFAULT_NEW_PER_DAY + ").")
    int value = ProgressStore.DEFAULT_NEW_PER_DAY;

    /** The limit, once checked: a usage error (exit 2) when it is negative. */
    int checked(CommandSpec spec) {
        if (value < 0) {
            throw new ParameterException(spec.commandLine(), "--new-per-day must be 0 or more, not " + value);
        }
        return value;
    }
}
