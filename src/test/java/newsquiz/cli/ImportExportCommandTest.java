package newsquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import newsquiz.bank.Bank;
import newsquiz.bank.BankJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportExportCommandTest {

    private static final Path DOCS = Path.of("src/test/resources/gift/moodle-docs.gift");

    @TempDir
    Path dir;

    /** Exit code, standard output and standard error of one run. */
    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void importsMoodleExamplesIntoABankWithWarningsOnStderr() throws Exception {
        Path out = dir.resolve("docs.json");
        Run r = run("import", DOCS.toString(), "-o", out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("newsquiz: warning: moodle-docs.gift:34: skipped an essay question")
                .contains("newsquiz: imported 43 questions from " + DOCS + " (GIFT), 4 skipped into " + out);
        Bank bank = BankJson.read(out);
        assertThat(bank.questions()).hasSize(43);
        assertThat(bank.id()).isEqualTo("moodle-docs");

        // an existing bank is never overwritten by accident
        Run again = run("import", DOCS.toString(), "-o", out.toString());
        assertThat(again.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(again.err()).isEqualTo("newsquiz: " + out + " already exists (use --force to overwrite it)\n");
        assertThat(run("import", DOCS.toString(), "-o", out.toString(), "--force", "--title", "Moodle").code()).isZero();
        assertThat(BankJson.read(out).title()).isEqualTo("Moodle");
    }

    @Test
    void importWritesJsonToStdoutWithoutOutput() throws Exception {
        Run r = run("import", DOCS.toString());
        assertThat(r.code()).isZero();
        assertThat(BankJson.parse(r.out(), "stdout").questions()).hasSize(43);
    }

    @Test
    void badLinesAreListedAndNothingIsWritten() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.gift"), "Fine? {T}\n\nBroken {=a\n\nNumber {#x}\n");
        Path out = dir.resolve("bad.json");
        Run r = run("import", bad.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).isEqualTo("bad.gift:5: 'x' is not a number (write numeric answers as 1822, 3.14:0.01 or 1..5)\n"
                + "newsquiz: bad.gift:3: '{' is never closed with '}' (write \\{ for a literal brace) "
                + "(2 problems, all listed above; nothing was imported)\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void formatComesFromTheExtensionOrTheContentOrTheOption() throws Exception {
        Path aiken = Files.writeString(dir.resolve("quiz.txt"), "Capital?\nA. Baku\nB. Ganja\nANSWER: A\n");
        Run r = run("import", aiken.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("(AIKEN)");
        Path gift = Files.writeString(dir.resolve("moodle.txt"), "Capital? {=Baku ~Ganja}\n");
        assertThat(run("import", gift.toString()).err()).contains("(GIFT)");
        Path unclear = Files.writeString(dir.resolve("unclear.txt"), "no quiz here\n");
        Run u = run("import", unclear.toString());
        assertThat(u.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(u.err()).contains("--format gift or --format aiken");
        assertThat(run("import", aiken.toString(), "--format", "aiken").code()).isZero();
        assertThat(run("import", aiken.toString(), "--format", "xml").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("import", dir.resolve("missing.gift").toString()).code()).isEqualTo(ExitCodes.INVALID_INPUT);
        Path latin1 = Files.write(dir.resolve("latin1.gift"), new byte[] {'Q', ' ', (byte) 0xE9, ' ', '{', 'T', '}'});
        assertThat(run("import", latin1.toString()).err()).contains("is not UTF-8 text");
    }

    @Test
    void exportsGiftAnkiAndCsvAndTheGiftReimportsTheSame() throws Exception {
        Path json = dir.resolve("docs.json");
        assertThat(run("import", DOCS.toString(), "-o", json.toString()).code()).isZero();

        Run gift = run("export", json.toString(), "--format", "gift");
        assertThat(gift.code()).isZero();
        assertThat(gift.err()).isEmpty();
        Path giftFile = Files.writeString(dir.resolve("again.gift"), gift.out());
        Path json2 = dir.resolve("again.json");
        assertThat(run("import", giftFile.toString(), "-o", json2.toString()).code()).isZero();
        assertThat(BankJson.read(json2).questions()).isEqualTo(BankJson.read(json).questions());

        Run anki = run("export", json.toString(), "--format", "anki");
        assertThat(anki.out()).startsWith("#separator:tab\n#html:false\n");
        Path csv = dir.resolve("docs.csv");
        Run c = run("export", json.toString(), "--format", "csv", "-o", csv.toString());
        assertThat(c.code()).isZero();
        assertThat(Files.readString(csv)).startsWith("id,type,prompt,");
        assertThat(run("export", json.toString(), "--format", "csv", "-o", csv.toString()).code())
                .isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void exportErrors() throws Exception {
        Path json = dir.resolve("docs.json");
        assertThat(run("import", DOCS.toString(), "-o", json.toString()).code()).isZero();
        assertThat(run("export", json.toString()).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("export", json.toString(), "--format", "pdf").code()).isEqualTo(ExitCodes.USAGE);
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"id\": 1}");
        Run r = run("export", broken.toString(), "--format", "gift");
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("broken.json:");
    }

    @Test
    void giftExportWarnsAboutWhatItLeavesOut() throws Exception {
        Run r = run("export", "questions/us-azerbaijan-charter.json", "--format", "gift");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("newsquiz: warning: ").contains("GIFT has no ordering questions");
    }
}
