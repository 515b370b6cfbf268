package newsquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import newsquiz.classroom.Attempt;
import newsquiz.classroom.AttemptJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code play --exam --profile} and {@code play --resume} from the command line, with piped answers. */
class ExamCommandTest {

    private static final String TINY = "src/test/resources/banks/tiny.json";

    @TempDir
    Path data;

    private final InputStream stdin = System.in;
    private final PrintStream stdout = System.out;
    private final StringWriter err = new StringWriter();
    private String out = "";

    @AfterEach
    void restore() {
        System.setIn(stdin);
        System.setOut(stdout);
    }

    private int play(String input, String... args) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        try {
            return cli.execute(args);
        } finally {
            System.setOut(stdout);
            out = captured.toString(StandardCharsets.UTF_8);
        }
    }

    private List<Path> results() throws Exception {
        try (Stream<Path> files = Files.list(data.resolve("results"))) {
            return files.toList();
        }
    }

    private String[] exam(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("play", "--plain", "--bank", TINY, "--exam", "--seed", "5",
                "--count", "4", "--time-limit", "30m", "--profile", "Ann", "--data", data.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void endOfInputInAnExamLeavesItOpenAndResumeFinishesIt() throws Exception {
        assertThat(play("\n\n", exam())).isEqualTo(ExitCodes.INTERRUPTED);
        assertThat(out).contains("Your answers are saved as you go").contains("continue with: newsquiz play --resume ");
        Path file = results().get(0);
        Attempt open = AttemptJson.read(file);
        assertThat(open.finished()).isFalse();
        assertThat(open.answers()).hasSize(2);

        assertThat(play("\n:quit\n", "play", "--plain", "--resume", file.toString(), "--data", data.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("2 of 4 questions answered").contains("Question 3 of 4").contains("== Results ==")
                .contains("Your result is saved in " + file);
        Attempt done = AttemptJson.read(file);
        assertThat(done.finished()).isTrue();
        assertThat(done.answers()).hasSize(4);
        assertThat(results()).hasSize(1);
    }

    @Test
    void startingTheSameExamAgainPicksUpTheOpenAttempt() throws Exception {
        play("\n", exam());
        assertThat(play(":quit\n", exam())).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("Resuming your unfinished attempt").contains("1 of 4 questions answered");
        assertThat(results()).hasSize(1);
        assertThat(AttemptJson.read(results().get(0)).finished()).isTrue();
    }

    @Test
    void resumeWithQuizOptionsIsAUsageError() throws Exception {
        play("\n", exam());
        assertThat(play("", "play", "--resume", results().get(0).toString(), "--seed", "9")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--seed cannot be used with --resume");
    }

    @Test
    void resumingAMissingOrBrokenFileIsOneLine() throws Exception {
        Path bad = data.resolve("bad.json");
        Files.writeString(bad, "{ not json");
        assertThat(play("", "play", "--plain", "--resume", bad.toString(), "--data", data.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString().strip()).startsWith("newsquiz: " + bad + ":1:").contains("malformed JSON").doesNotContain("\n");
    }

    @Test
    void aBadProfileNameIsAUsageError() {
        assertThat(play("", "play", "--plain", "--bank", TINY, "--exam", "--profile", " ", "--data", data.toString())).as(() -> err.toString())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--profile: the student's name is empty");
    }

    @Test
    void aBadProfileNameInPracticeIsOneLineNotAStackTrace() {
        assertThat(play("", "play", "--plain", "--bank", TINY, "--profile", " ", "--data", data.toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString().strip()).startsWith("newsquiz: a profile name is 1 to 40 characters").doesNotContain("\n");
        err.getBuffer().setLength(0);
        assertThat(play("", "play", "--plain", "--bank", TINY, "--profile", "Zo\uFFFD", "--data", data.toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString().strip()).startsWith("newsquiz: the profile name 'Zo?' could not be read").doesNotContain("\n");
        assertThat(data.resolve("progress.json")).doesNotExist();
    }

    @Test
    void modeNamesAreReadAsTheReadmeWritesThem() throws Exception {
        assertThat(play(":quit\n", "play", "--plain", "--bank", TINY, "--mode", "exam", "--profile", "Ann", "--data",
                data.toString())).isEqualTo(ExitCodes.OK);
        assertThat(results()).hasSize(1);
    }

    @Test
    void practiceWithAProfileWritesNoResultFile() {
        assertThat(play(":quit\n", "play", "--plain", "--bank", TINY, "--profile", "Ann", "--data", data.toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(data.resolve("results")).doesNotExist();
    }
}
