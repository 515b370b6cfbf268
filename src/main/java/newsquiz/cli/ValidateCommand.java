package newsquiz.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsquiz.bank.Bank;
import newsquiz.bank.BankException;
import newsquiz.bank.BankJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsquiz validate FILE...}: checks banks and lists every problem, one line each. */
@Command(name = "validate", description = "Check question banks and list every problem found.",
        mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Bank files (JSON) to check.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int bad = 0;
        for (Path file : files) {
            if (BankLocator.isSchema(file)) {
                spec.commandLine().getOut().printf("%s: skipped (the JSON Schema of banks, not a bank)%n", file);
                continue;
            }
            try {
                Bank bank = BankJson.read(file);
                spec.commandLine().getOut().printf("%s: ok (%d questions)%n", file, bank.questions().size());
            } catch (BankException e) {
                bad++;
                e.problems().forEach(spec.commandLine().getErr()::println);
            }
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return bad == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }
}
