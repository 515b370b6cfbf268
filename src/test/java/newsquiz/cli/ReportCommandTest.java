package newsquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsquiz.classroom.ClassFixtureFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aFolderOfResultFilesGivesTheTextReport() throws Exception {
        ClassFixtureFiles.writeClass(dir);
        assertThat(run("report", dir.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("== Town council ==").contains("6 students (6 finished)")
                .contains("Students, ranked by score").contains("Worth a second look");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void csvToAFile() throws Exception {
        List<Path> files = ClassFixtureFiles.writeClass(dir);
        Path csv = dir.resolve("out").resolve("class.csv");
        Files.createDirectories(csv.getParent());
        String[] args = new String[files.size() + 5];
        args[0] = "report";
        for (int i = 0; i < files.size(); i++) {
            args[i + 1] = files.get(i).toString();
        }
        System.arraycopy(new String[] {"--format", "CSV", "-o", csv.toString()}, 0, args, files.size() + 1, 4);
        assertThat(run(args)).isEqualTo(ExitCodes.OK);
        // the byte-order mark tells Excel the file is UTF-8
        assertThat(Files.readString(csv)).startsWith("\uFEFFbank,bank_version,rank,student,").contains("\r\n");
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("report of 6 result files written to " + csv);
    }

    @Test
    void aCorruptFileIsOneLineNamingItAndExitOne() throws Exception {
        ClassFixtureFiles.writeClass(dir);
        Path bad = dir.resolve("zz-broken.json");
        Files.writeString(bad, "{\"kind\": \"newsquiz-result\", \"schemaVersion\": 1, ");
        assertThat(run("report", dir.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString().strip()).startsWith("newsquiz: " + bad).contains("malformed JSON").doesNotContain("\n");
        assertThat(out.toString()).isEmpty();

        Files.writeString(dir.resolve("zz-empty.json"), "");
        err.getBuffer().setLength(0);
        assertThat(run("report", dir.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString().strip()).endsWith("(and 1 more unreadable file)").doesNotContain("\n");
    }

    @Test
    void aBankGivenByMistakeIsNamedAsSuch() {
        assertThat(run("report", "src/test/resources/banks/tiny.json")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("tiny.json: not a newsquiz result file (it looks like a question bank)");
    }

    @Test
    void aReportGivenBackAsInputIsNamedAsSuch() throws Exception {
        ClassFixtureFiles.writeClass(dir);
        Path json = dir.resolve("report.json");
        assertThat(run("report", dir.toString(), "--format", "json", "-o", json.toString())).isEqualTo(ExitCodes.OK);
        assertThat(run("report", dir.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("report.json: not a newsquiz result file (it looks like a class report)");
    }

    @Test
    void resultsOfAnotherBankVersionAreReportedApart() throws Exception {
        ClassFixtureFiles.writeClass(dir);
        ClassFixtureFiles.writeOtherVersion(dir);
        assertThat(run("report", dir.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Note: These files come from 2 different banks or bank versions")
                .contains("bank 'town' version ab12cd34, seed 5; 6 students")
                .contains("bank 'town' version 9f9f9f9f, seed 5; 1 student");
    }

    @Test
    void theReportCannotOverwriteAResultFile() throws Exception {
        List<Path> files = ClassFixtureFiles.writeClass(dir);
        String before = Files.readString(files.get(0));
        assertThat(run("report", dir.toString(), "-o", files.get(0).toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("is one of the result files being read");
        assertThat(Files.readString(files.get(0))).isEqualTo(before);
    }

    @Test
    void usageErrors() throws Exception {
        ClassFixtureFiles.writeClass(dir);
        assertThat(run("report", dir.toString(), "--format", "xml")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("'xml' is not a report format; use text, csv or json");
        assertThat(run("report")).isEqualTo(ExitCodes.USAGE);
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThat(run("report", empty.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("empty: no result files (*.json) in this folder");
    }
}
