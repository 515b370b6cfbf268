package newsquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import newsquiz.bank.QuestionInfo;
import newsquiz.bank.TrueFalse;
import newsquiz.progress.AnswerEvent;
import newsquiz.progress.ProgressStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StatsCommandTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(Map<String, String> env, String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        StatsCommand stats = (StatsCommand) cli.getSubcommands().get("stats").getCommand();
        stats.env = env;
        stats.clock = CLOCK;
        return cli.execute(args);
    }

    void someProgress(String profile) {
        try (ProgressStore store = ProgressStore.open(dir, profile, CLOCK).store()) {
            TrueFalse q = new TrueFalse(new QuestionInfo("q1", "Baku is a capital.", "", List.of("geo"), 2, 1, null,
                    null), true);
            store.recordAnswer(AnswerEvent.answered("charter", q, "true", 1, true, false, 3000, CLOCK.instant()));
        }
    }

    @Test
    void textFromTheDataOption() {
        someProgress("default");
        assertThat(run(Map.of(), "stats", "--data", dir.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Progress of default").contains("Accuracy by topic").contains("geo");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void jsonFromTheEnvironmentVariable() {
        someProgress("ana");
        assertThat(run(Map.of("NEWSQUIZ_DATA", dir.toString()), "stats", "--profile", "ana", "--format", "json"))
                .isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("\"profile\" : \"ana\"").contains("\"seen\" : 1");
    }

    @Test
    void csv() {
        someProgress("default");
        assertThat(run(Map.of(), "stats", "--data", dir.toString(), "--format", "csv")).isZero();
        assertThat(out.toString()).startsWith("section,key,value,correct,total");
    }

    @Test
    void unknownProfileIsAUserError() {
        someProgress("ana");
        assertThat(run(Map.of(), "stats", "--data", dir.toString(), "--profile", "bob"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString().strip()).isEqualTo("newsquiz: no profile 'bob' in " + dir.resolve("progress.json")
                + " (profiles: ana)");
    }

    @Test
    void damagedFileWithoutBackupIsAUserErrorAndIsNotTouched() throws Exception {
        Files.writeString(dir.resolve("progress.json"), "{ nope");
        assertThat(run(Map.of(), "stats", "--data", dir.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).startsWith("newsquiz: " + dir.resolve("progress.json") + " could not be read (bad JSON")
                .doesNotContain("Exception");
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(Files.readString(dir.resolve("progress.json"))).isEqualTo("{ nope");
    }

    @Test
    void damagedFileWithBackupWarnsAndShowsTheBackup() throws Exception {
        someProgress("default");
        someProgress("default"); // second close keeps the first file as .bak
        Files.writeString(dir.resolve("progress.json"), "{ nope");
        assertThat(run(Map.of(), "stats", "--data", dir.toString())).isZero();
        assertThat(err.toString()).startsWith("newsquiz: warning: ").contains("progress.json.bak");
        assertThat(out.toString()).contains("Progress of default");
    }

    @Test
    void aDataFolderThatDoesNotExistIsOneLine() {
        Path nothing = dir.resolve("nothing");
        assertThat(run(Map.of(), "stats", "--data", nothing.toString())).isZero();
        assertThat(out.toString()).isEqualTo("No progress yet: " + nothing + " does not exist (it is made at the first answer)."
                + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
        assertThat(Files.exists(nothing)).isFalse();
    }

    @Test
    void aProfileWithNothingYetIsOneLine() throws Exception {
        Files.createDirectories(dir);
        assertThat(run(Map.of(), "stats", "--data", dir.toString(), "--profile", "ana")).isZero();
        assertThat(out.toString().lines().toList()).containsExactly("No progress yet for profile 'ana' in " + dir
                + ": take a quiz and it shows here.");
        assertThat(Files.exists(dir.resolve("progress.json"))).isFalse();
    }

    @Test
    void jsonWithNothingYetStaysParseableAndSaysSoOnStderr() throws Exception {
        Path nothing = dir.resolve("nothing");
        assertThat(run(Map.of(), "stats", "--data", nothing.toString(), "--format", "json")).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(json.get("profile").asText()).isEqualTo("default");
        assertThat(json.get("totals").get("seen").asInt()).isZero();
        assertThat(err.toString().strip()).isEqualTo("newsquiz: No progress yet: " + nothing
                + " does not exist (it is made at the first answer).");
    }

    @Test
    void aProfileWhoseOnlyAnswerWasTakenBackIsOneLineAndCsvStaysParseable() {
        try (ProgressStore store = ProgressStore.open(dir, "ana", CLOCK).store()) {
            TrueFalse q = new TrueFalse(new QuestionInfo("q1", "Baku is a capital.", "", List.of("geo"), 2, 1, null,
                    null), true);
            store.recordAnswer(AnswerEvent.answered("charter", q, "true", 1, true, false, 3000, CLOCK.instant()));
            store.undoLastGrade();
        }
        assertThat(run(Map.of(), "stats", "--data", dir.toString(), "--profile", "ana", "--format", "csv")).isZero();
        assertThat(err.toString()).startsWith("newsquiz: No progress yet for profile 'ana'");
        assertThat(out.toString()).startsWith("section,key,value,correct,total").contains("totals,seen,0");
    }

    @Test
    void badFormatIsAUsageError() {
        assertThat(run(Map.of(), "stats", "--format", "xml")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--format").contains("text, json, csv");
    }
}
