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
                PlayCommand.class,
                ReviewCommand.class,
                FlashcardsCommand.class,
                WeakCommand.class,
                ValidateCommand.class,
                ListCommand.class,
                GenerateCommand.class,
                CurateCommand.class,
                ImportCommand.class,
                ExportCommand.class,
                ReportCommand.class,
                StatsCommand.class,
                CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code; used by tests instead of {@link #main}. */
    public static int run(String... args) {
        String[] full = withDefaultCommand(args);
        if (full[0].equals("play")) {
            // The quiz is what people start most, and start-up time is what they feel: everyday
            // play command lines skip picocli altogether (see QuickPlayArgs), and the rest get a
            // command line of play's own, since building picocli's model of every other command
            // (reflection over a dozen classes) costs about a third of a second.
            String[] playArgs = java.util.Arrays.copyOfRange(full, 1, full.length);
            PlayCommand quick = QuickPlayArgs.parse(playArgs);
            if (quick != null) {
                return quick.callReportingUserErrors();
            }
            return playCommandLine(new PlayCommand()).execute(playArgs);
        }
        return commandLine().execute(full);
    }

    /** {@code newsquiz --plain} means {@code newsquiz play --plain}: options without a command go to play. */
    static String[] withDefaultCommand(String[] args) {
        boolean topLevelOption = args.length > 0 && java.util.List.of("-h", "--help", "-V", "--version").contains(args[0]);
        if (args.length == 0 || (args[0].startsWith("-") && !topLevelOption)) {
            String[] withPlay = new String[args.length + 1];
            withPlay[0] = "play";
            System.arraycopy(args, 0, withPlay, 1, args.length);
            return withPlay;
        }
        return args;
    }

    /** {@code play}'s own command line, configured as it is under {@link #commandLine()}. */
    static CommandLine playCommandLine(PlayCommand play) {
        return configure(new CommandLine(play).setCommandName("newsquiz play"));
    }

    static CommandLine commandLine() {
        return configure(new CommandLine(new Main()));
    }

    private static CommandLine configure(CommandLine cli) {
        cli.setExecutionExceptionHandler(new UserErrorHandler());
        // the README writes "--mode exam"; picocli matches enum names case-sensitively unless told
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        return cli;
    }

    @Override
    public void run() {
        // Only reached for "newsquiz" with top-level options handled by picocli itself.
        CommandLine.usage(this, System.out);
    }
}
