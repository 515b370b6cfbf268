package newsquiz.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsquiz.bank.Bank;
import newsquiz.bank.BankException;
import newsquiz.bank.BankJson;
import newsquiz.bank.formats.AnkiExporter;
import newsquiz.bank.formats.CsvExporter;
import newsquiz.bank.formats.ExportResult;
import newsquiz.bank.formats.GiftExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsquiz export BANK --format gift|anki|csv}: a bank for Moodle, Anki or a spreadsheet. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a question bank as GIFT (Moodle), an Anki import file, or CSV for spreadsheets.",
            "What the format cannot hold (e.g. ordering questions in GIFT) is reported on stderr."})
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BANK", description = "The bank file (JSON).")
    Path bankFile;

    @Option(names = "--format", required = true, paramLabel = "gift|anki|csv", description = "The format to write.")
    String format;

    @Mixin
    OutputFileOption output = new OutputFileOption();


    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String chosen = format.strip().toLowerCase(Locale.ROOT);
        if (!chosen.equals("gift") && !chosen.equals("anki") && !chosen.equals("csv")) {
            spec.commandLine().getErr().println("newsquiz export: --format must be gift, anki or csv, not '" + format + "'");
            spec.commandLine().getErr().println("Try 'newsquiz export --help' for more information.");
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        }
        output.refuseToOverwrite();
        Bank bank;
        try {
            bank = BankJson.read(bankFile);
        } catch (BankException e) {
            e.problems().subList(1, e.problems().size()).forEach(spec.commandLine().getErr()::println);
            throw new UserError(e.problems().get(0) + (e.problems().size() == 1 ? ""
                    : " (" + e.problems().size() + " problems, all listed above)"), e);
        }
        ExportResult result = switch (chosen) {
            case "gift" -> GiftExporter.write(bank);
            case "anki" -> AnkiExporter.write(bank);
            default -> CsvExporter.write(bank);
        };
        result.warnings().forEach(w -> spec.commandLine().getErr().println("newsquiz: warning: " + w));
        output.write(result.text(), spec.commandLine().getOut());
        if (output.toFile()) {
            spec.commandLine().getErr().printf("newsquiz: wrote %d questions to %s (%s)%n", bank.questions().size(), output.path,
                    chosen.equals("anki") ? "Anki: File > Import" : chosen.toUpperCase(Locale.ROOT));
        }
        spec.commandLine().getErr().flush();
        return ExitCodes.OK;
    }
}
