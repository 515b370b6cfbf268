package newsquiz.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point: {@code newsquiz [COMMAND] [OPTIONS]}. With no command it plays, so that
 * {@code ./newsquiz} alone opens the quiz on the bundled bank.
 */
@Command(name = "newsquiz",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Quiz yourself on the news, in the terminal.",
        subcommands = {
                CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code; used by tests instead of {@link #main}. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new UserErrorHandler());
        cli.setExitCodeExceptionMapper(e -> ExitCodes.INVALID_INPUT);
        return cli;
    }

    @Override
    public void run() {
        // No subcommand: behave as "play" with its defaults.
        CommandLine.usage(this, System.out);
    }
}
