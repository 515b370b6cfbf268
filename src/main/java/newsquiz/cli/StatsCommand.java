package newsquiz.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsquiz.progress.DataDir;
import newsquiz.progress.ProfileSnapshot;
import newsquiz.progress.ProgressStore;
import newsquiz.progress.fsrs.SchedulerConfig;
import newsquiz.progress.stats.Statistics;
import newsquiz.progress.stats.StatsCsv;
import newsquiz.progress.stats.StatsJson;
import newsquiz.progress.stats.StatsReport;
import newsquiz.progress.stats.StatsText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsquiz stats}: a learner's progress as text with bar charts, JSON or CSV. Reads only. */
@Command(name = "stats",
        mixinStandardHelpOptions = true,
        description = {"Show your progress: questions seen, mastered and due, accuracy by topic, "
                + "score history, reviews due over the next 14 days, retention and day streak.",
                "Reads the progress file without changing it."})
public final class StatsCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json, csv }

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = ProgressStore.DEFAULT_PROFILE,
            description = "Learner profile (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder holding progress.json (default: $NEWSQUIZ_DATA, else data/ next to newsquiz).")
    Path data;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    Map<String, String> env = System.getenv();
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        Path dir = DataDir.resolve(data, env, BankLocator.home());
        Path file = dir.resolve(ProgressStore.FILE);
        ProfileOption.checked(profile);
        if (!Files.isDirectory(dir)) {
            return noData("No progress yet: " + dir + " does not exist (it is made at the first answer).");
        }
        ProgressStore.OpenResult opened = ProgressStore.open(dir, profile, clock,
                ProgressStore.Options.DEFAULT.asReadOnly());
        StatsReport report;
        try (ProgressStore store = opened.store()) {
            if (opened.recovery() == ProgressStore.Recovery.NOT_READ) {
                throw new UserError(opened.warnings().isEmpty() ? "cannot read " + file : opened.warnings().get(0));
            }
            PrintWriter err = spec.commandLine().getErr();
            for (String w : opened.warnings()) {
                err.println("newsquiz: warning: " + w);
            }
            err.flush();
            if (!store.profileExists()) {
                List<String> others = new ArrayList<>(store.profiles());
                others.remove(profile);
                if (!others.isEmpty()) {
                    throw new UserError("no profile '" + profile + "' in " + file + " (profiles: "
                            + String.join(", ", others) + ")");
                }
            }
            report = Statistics.of(store, clock.instant(), clock.getZone());
        }
        if (report.empty()) {
            return noData("No progress yet for profile '" + profile + "' in " + dir
                    + ": take a quiz and it shows here.");
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json:
                out.print(StatsJson.render(report));
                break;
            case csv:
                out.print(StatsCsv.render(report));
                break;
            default:
                out.print(StatsText.render(report, terminalWidth()));
                break;
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Nothing to show is not an error: one line (on stdout for text; on stderr for JSON and CSV,
     * which still get a report with every figure at zero, so scripts can parse it).
     */
    private int noData(String line) {
        if (format == Format.text) {
            spec.commandLine().getOut().println(line);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        spec.commandLine().getErr().println("newsquiz: " + line);
        spec.commandLine().getErr().flush();
        StatsReport empty = Statistics.compute(ProfileSnapshot.empty(profile), clock.instant(), clock.getZone(),
                SchedulerConfig.DEFAULT.desiredRetention());
        spec.commandLine().getOut().print(format == Format.json ? StatsJson.render(empty) : StatsCsv.render(empty));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private int terminalWidth() {
        try {
            return Integer.parseInt(env.getOrDefault("COLUMNS", "80").trim());
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
