package newsquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(Main.withDefaultCommand(args));
    }

    @Test
    void validateAcceptsTheShippedBanks() {
        assertThat(run("validate", "questions/us-azerbaijan-charter.json", "src/test/resources/banks/tiny.json"))
                .isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("us-azerbaijan-charter.json: ok (");
    }

    @Test
    void validateSkipsTheSchemaSoAGlobOverQuestionsWorks() {
        assertThat(run("validate", "questions/schema.json", "questions/us-azerbaijan-charter.json")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("questions/schema.json: skipped");
    }

    @Test
    void validateListsEveryProblemAndExitsOne() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\":1,\"id\":\"b\",\"title\":\"t\",\"language\":\"en\",\"questions\":[\n"
                + "{\"id\":\"q\",\"type\":\"multiple_choice\",\"prompt\":\"p\",\"explanation\":\"e\",\"choices\":[\"a\"],\"answer\":3}]}");
        assertThat(run("validate", bad.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("bad.json:2:1: question 'q': needs at least 2 choices, has 1")
                .contains("answer 3 is not among the 1 choices").doesNotContain("Exception");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("play", "--colour")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unknown option: '--colour'");
    }

    @Test
    void badOptionValueIsAUsageError() {
        assertThat(run("--time-limit", "soon", "--exam")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("'soon' is not a duration");
        assertThat(run("--difficulty", "7")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void missingBankIsOneLineAndExitOne() {
        assertThat(run("play", "--plain", "--bank", dir.resolve("none.json").toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString().strip()).startsWith("newsquiz: ").endsWith("none.json: no such file").doesNotContain("\n");
    }

    @Test
    void optionsWithoutACommandGoToPlay() {
        assertThat(Main.withDefaultCommand(new String[] {"--plain"})).containsExactly("play", "--plain");
        assertThat(Main.withDefaultCommand(new String[] {})).containsExactly("play");
        assertThat(Main.withDefaultCommand(new String[] {"--version"})).containsExactly("--version");
        assertThat(Main.withDefaultCommand(new String[] {"list"})).containsExactly("list");
    }
}
