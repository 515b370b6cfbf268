package newsquiz.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import newsquiz.bank.Bank;
import newsquiz.bank.BankJson;
import newsquiz.bank.BankValidator;
import newsquiz.bank.formats.AikenImporter;
import newsquiz.bank.formats.GiftImporter;
import newsquiz.bank.formats.ImportException;
import newsquiz.bank.formats.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsquiz import FILE}: a GIFT (Moodle) or Aiken file becomes a newsquiz bank. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Turn a Moodle GIFT or Aiken quiz file into a question bank (JSON).",
            "Questions newsquiz cannot ask (essays, descriptions) are skipped with a warning."})
final class ImportCommand implements Callable<Integer> {

    private static final Pattern AIKEN_ANSWER = Pattern.compile("(?m)^\\s*ANSWER\\s*:\\s*[A-Za-z]\\s*$");
    private static final long MAX_BYTES = BankJson.MAX_FILE_BYTES;

    @Parameters(index = "0", paramLabel = "FILE", description = "The quiz file (.gift, .txt or .aiken).")
    Path input;

    @Mixin
    OutputFileOption output = new OutputFileOption();

    @Option(names = "--format", paramLabel = "gift|aiken",
            description = "The file's format (default: from the extension; .txt files are recognised by their content).")
    String format;

    @Option(names = "--title", paramLabel = "T", description = "Bank title (default: the file name).")
    String title;


    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String chosen = format == null ? null : format.strip().toLowerCase(Locale.ROOT);
        if (chosen != null && !chosen.equals("gift") && !chosen.equals("aiken")) {
            return usage("--format must be gift or aiken, not '" + format + "'");
        }
        output.refuseToOverwrite();
        String text = read();
        if (chosen == null) {
            chosen = detect(input, text);
        }
        String name = input.getFileName().toString();
        ImportResult result;
        try {
            result = chosen.equals("aiken") ? AikenImporter.parse(text, name) : GiftImporter.parse(text, name);
        } catch (ImportException e) {
            List<String> problems = e.problems();
            problems.subList(1, problems.size()).forEach(spec.commandLine().getErr()::println);
            throw new UserError(problems.size() == 1 ? problems.get(0)
                    : problems.get(0) + " (" + problems.size() + " problems, all listed above; nothing was imported)");
        }
        Bank bank = result.bank();
        if (title != null && !title.isBlank()) {
            bank = new Bank(bank.schemaVersion(), bank.id(), title.strip(), bank.description(), bank.language(),
                    bank.source(), bank.topics(), bank.generated(), bank.questions());
        }
        List<String> problems = BankValidator.validate(bank);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("imported bank does not validate (a bug): " + problems.get(0));
        }
        result.warnings().forEach(w -> spec.commandLine().getErr().println("newsquiz: warning: " + w));
        output.write(BankJson.write(bank), spec.commandLine().getOut());
        int skipped = result.warnings().size();
        spec.commandLine().getErr().printf("newsquiz: imported %d question%s from %s (%s)%s%s%n",
                bank.questions().size(), bank.questions().size() == 1 ? "" : "s", input, chosen.toUpperCase(Locale.ROOT),
                skipped == 0 ? "" : ", " + skipped + " skipped", output.toFile() ? " into " + output.path : "");
        spec.commandLine().getErr().flush();
        return ExitCodes.OK;
    }

    /** .gift is GIFT and .aiken Aiken; a .txt (both formats' usual extension) is told by its ANSWER: lines. */
    static String detect(Path file, String text) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gift")) {
            return "gift";
        }
        if (name.endsWith(".aiken")) {
            return "aiken";
        }
        boolean aiken = AIKEN_ANSWER.matcher(text).find();
        boolean gift = text.indexOf('{') >= 0;
        if (aiken && !gift) {
            return "aiken";
        }
        if (gift && !aiken) {
            return "gift";
        }
        throw new UserError("cannot tell whether " + file + " is GIFT or Aiken; say which with --format gift or --format aiken");
    }

    private String read() {
        try {
            if (Files.isDirectory(input)) {
                throw new UserError(input + " is a directory, not a quiz file");
            }
            if (Files.size(input) > MAX_BYTES) {
                throw new UserError(input + " is over " + MAX_BYTES / 1048576 + " MB; split it into smaller files");
            }
            byte[] bytes = Files.readAllBytes(input);
            var decoder = StandardCharsets.UTF_8.newDecoder();
            return decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new UserError(input + ": no such file");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UserError(input + " is not UTF-8 text; save it as UTF-8 and import it again");
        } catch (IOException e) {
            throw new UserError("cannot read " + input + ": " + e.getMessage(), e);
        }
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("newsquiz import: " + message);
        spec.commandLine().getErr().println("Try 'newsquiz import --help' for more information.");
        spec.commandLine().getErr().flush();
        return ExitCodes.USAGE;
    }
}
