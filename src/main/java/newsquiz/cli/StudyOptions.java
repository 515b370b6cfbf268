package newsquiz.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by review, flashcards and weak spots (a picocli mixin). */
final class StudyOptions {

    @Option(names = "--bank", paramLabel = "FILE", description = "Only this bank (default: every bank in questions/).")
    Path bank;

    @Option(names = "--profile", paramLabel = "NAME", description = "Learner profile (default: default).")
    String profile;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder (default: $NEWSQUIZ_DATA, else data/ next to newsquiz).")
    Path data;

    @Option(names = "--plain", description = "Line mode: numbered prompts and typed answers (automatic without a terminal).")
    boolean plain;

    @Option(names = "--ascii", description = "Full-screen mode with ASCII only (for terminals that garble symbols).")
    boolean ascii;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for the order in which choices are shown.")
    Long seed;

    /** The profile to use, checked: a bad name is a one-line error, not a stack trace. */
    String profile() {
        return ProfileOption.checked(profile);
    }

    long seed() {
        return seed != null ? seed : System.nanoTime();
    }
}
