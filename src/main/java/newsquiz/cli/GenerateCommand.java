package newsquiz.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import newsquiz.bank.Bank;
import newsquiz.bank.BankJson;
import newsquiz.bank.BankValidator;
import newsquiz.bank.QuestionType;
import newsquiz.generate.ArticleReader;
import newsquiz.generate.Generator;
import newsquiz.generate.NlpModels;
import newsquiz.generate.SourceText;
import newsquiz.generate.UnusableInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsquiz generate FILE|-}: turns a news article into a question bank, offline. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Make a question bank from a news article (plain text, Markdown or HTML).",
            "The bank is marked generated: review it with 'newsquiz curate' before a class uses it."})
final class GenerateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE|-", description = "The article; - reads standard input.")
    String input;

    @Mixin
    OutputFileOption output = new OutputFileOption();

    @Option(names = "--title", paramLabel = "T", description = "Bank title (default: the article's headline or file name).")
    String title;

    @Option(names = "--max", paramLabel = "N", defaultValue = "20", description = "At most N questions, best first (default: ${DEFAULT-VALUE}).")
    int max;

    @Option(names = "--types", paramLabel = "t1,t2", split = ",",
            description = "Only these types: multiple_choice, multiple_select, true_false, short_answer, numeric, cloze, matching, ordering.")
    List<String> types;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed for options and true/false twins (default: ${DEFAULT-VALUE}).")
    long seed;


    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (max < 1 || max > 500) {
            return usage("--max must be between 1 and 500, not " + max);
        }
        Set<QuestionType> wanted;
        try {
            wanted = parseTypes();
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        output.refuseToOverwrite();
        byte[] bytes = readInput();
        String name = input.equals("-") ? null : input;
        Bank bank;
        try (ProgressLine progress = ProgressLine.onStderr(spec.commandLine().getErr())) {
            SourceText source = ArticleReader.read(bytes, name);
            progress.accept("loading language models");
            Generator generator = new Generator(NlpModels.shared());
            String fallback = name == null ? "Generated quiz" : titleFromFileName(name);
            bank = generator.generate(source, fallback, new Generator.Options(title, max, wanted, seed), progress).bank();
        } catch (UnusableInputException e) {
            throw new UserError(e.getMessage());
        }
        List<String> problems = BankValidator.validate(bank);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("generated bank does not validate (a bug): " + problems.get(0));
        }
        output.write(BankJson.write(bank), spec.commandLine().getOut());
        if (output.toFile()) {
            spec.commandLine().getErr().printf("newsquiz: wrote %d questions to %s (review them with: newsquiz curate %s)%n",
                    bank.questions().size(), output.path, output.path);
            spec.commandLine().getErr().flush();
        }
        return ExitCodes.OK;
    }

    private Set<QuestionType> parseTypes() {
        if (types == null || types.isEmpty()) {
            return Set.of();
        }
        Set<QuestionType> out = EnumSet.noneOf(QuestionType.class);
        for (String t : types) {
            String n = t.strip().toLowerCase(Locale.ROOT).replace('-', '_');
            out.add(QuestionType.fromJsonName(n).orElseThrow(() -> new IllegalArgumentException(
                    "unknown question type '" + t + "' in --types (one of: multiple_choice, multiple_select, "
                            + "true_false, short_answer, numeric, cloze, matching, ordering)")));
        }
        return out;
    }

    /** Bad option values are usage errors (exit 2), like the ones picocli finds itself. */
    private int usage(String message) {
        spec.commandLine().getErr().println("newsquiz generate: " + message);
        spec.commandLine().getErr().println("Try 'newsquiz generate --help' for more information.");
        spec.commandLine().getErr().flush();
        return ExitCodes.USAGE;
    }

    private byte[] readInput() {
        try {
            if (input.equals("-")) {
                return System.in.readAllBytes();
            }
            Path file = Path.of(input);
            if (Files.isDirectory(file)) {
                throw new UserError(input + " is a directory, not an article file");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserError(input + ": no such file");
        } catch (IOException e) {
            throw new UserError("cannot read " + input + ": " + e.getMessage(), e);
        }
    }

    static String titleFromFileName(String name) {
        String base = Path.of(name).getFileName().toString().replaceFirst("\\.[^.]+$", "").replaceAll("[-_]+", " ").strip();
        return base.isEmpty() ? "Generated quiz" : Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }
}
