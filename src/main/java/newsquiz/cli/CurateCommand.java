package newsquiz.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import newsquiz.bank.Bank;
import newsquiz.bank.BankException;
import newsquiz.bank.BankJson;
import newsquiz.bank.BankValidator;
import newsquiz.bank.Question;
import newsquiz.generate.Curation;
import newsquiz.engine.QuizListener;
import newsquiz.generate.QuestionText;
import newsquiz.text.TerminalLocale;
import newsquiz.tui.CurateModel;
import newsquiz.tui.Display;
import newsquiz.tui.Tui;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsquiz curate BANK}: line mode review of a (generated) bank. All decisions live in
 * {@link Curation}; this class only reads commands and prints.
 */
@Command(name = "curate", mixinStandardHelpOptions = true,
        description = {"Review a generated bank question by question: keep, drop or edit, then save.",
            "In a terminal: a full screen (k keep, d drop, e prompt, x explanation, o distractors, "
                + "n/p move, w save, q quit, ? help).",
            "Line mode (--plain, or no terminal): k keep, d drop, p prompt, e explanation, o options (distractors), "
                + "b back, s save and quit, q quit without saving. End of input saves."})
final class CurateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BANK", description = "The bank to review.")
    Path bankFile;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Save here instead of over BANK.")
    Path output;

    @Option(names = "--plain", description = "Line mode: typed commands (automatic without a terminal).")
    boolean plain;

    @Option(names = "--ascii", description = "Full-screen mode with ASCII only (for terminals that garble symbols).")
    boolean ascii;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Bank bank;
        try {
            bank = BankJson.read(bankFile);
        } catch (BankException e) {
            throw new UserError(e.getMessage());
        }
        Map<String, String> env = System.getenv();
        String noScreen = plain ? "" : FrontEnd.whyNoFullScreen(env);
        if (noScreen == null) {
            return fullScreen(bank, env);
        }
        if (!noScreen.isEmpty()) {
            System.err.println("newsquiz: " + noScreen + "; using line mode (--plain)");
        }
        PrintWriter out = spec.commandLine().getOut();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Curation c = Curation.start(bank);
        out.printf("Reviewing %s: %d questions.%n", bank.title(), bank.questions().size());
        boolean save = true;
        loop:
        while (!c.done()) {
            show(out, c);
            out.print("[k]eep [d]rop [p]rompt [e]xplanation [o]ptions [b]ack [s]ave+quit [q]uit> ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                break;
            }
            try {
                switch (line.strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "k": case "": c = c.keep(); break;
                    case "d": c = c.drop(); break;
                    case "b": c = c.back(); break;
                    case "s": break loop;
                    case "q": save = false; break loop;
                    case "p": c = c.editPrompt(ask(out, in, "New prompt")); break;
                    case "e": c = c.editExplanation(ask(out, in, "New explanation")); break;
                    case "o":
                        c = c.editDistractors(Arrays.asList(ask(out, in, "Distractors, separated by |").split("\\|")));
                        break;
                    default: out.println("Unknown command '" + line.strip() + "'.");
                }
            } catch (IllegalArgumentException e) {
                out.println("Not changed: " + e.getMessage());
            }
        }
        if (!save) {
            out.println("Quit without saving.");
            out.flush();
            return ExitCodes.OK;
        }
        Bank result = c.result();
        if (result.questions().isEmpty()) {
            throw new UserError("every question was dropped; a bank needs at least one, so nothing was saved");
        }
        List<String> problems = BankValidator.validate(result);
        if (!problems.isEmpty()) {
            throw new UserError("the edited bank does not validate, nothing saved: " + problems.get(0));
        }
        Path target = output == null ? bankFile : output;
        BankJson.writeFile(result, target);
        out.printf("Saved %d questions to %s (%d of %d reviewed%s).%n", result.questions().size(), target, c.reviewed(),
                bank.questions().size(), result.generated() ? "; still marked generated" : "; marked curated");
        out.flush();
        return ExitCodes.OK;
    }

    /** The curate screen; it writes the bank itself ({@code w}), with the same checks as below. */
    private int fullScreen(Bank bank, Map<String, String> env) throws IOException {
        Path target = output == null ? bankFile : output;
        try {
            return Tui.run(now -> CurateModel.start(bank, target), () -> {
                throw new IllegalStateException("the curate screen has no home screen");
            }, Display.of(TerminalLocale.isUtf8(env) && !ascii), !TerminalLocale.noColor(env), quiz -> QuizListener.NONE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.INTERRUPTED;
        }
    }

    private static void show(PrintWriter out, Curation c) {
        Question q = c.current();
        out.printf("%n-- %d/%d  %s%s%n", c.index() + 1, c.questions().size(), q.id(),
                c.decisions().containsKey(q.id()) ? " (" + c.decisions().get(q.id()).name().toLowerCase(java.util.Locale.ROOT) + ")" : "");
        QuestionText.lines(q).forEach(out::println);
        out.println("  explanation: " + q.explanation());
        if (q.info().provenance() != null) {
            out.printf("  source: sentence %d, characters %d-%d%n", q.info().provenance().sentence(),
                    q.info().provenance().start(), q.info().provenance().end());
        }
    }

    private static String ask(PrintWriter out, BufferedReader in, String what) throws IOException {
        out.print(what + ": ");
        out.flush();
        String line = in.readLine();
        if (line == null) {
            throw new IllegalArgumentException("no input");
        }
        return line;
    }
}
