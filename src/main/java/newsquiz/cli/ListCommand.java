package newsquiz.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsquiz.bank.Bank;
import newsquiz.bank.BankException;
import newsquiz.bank.BankJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsquiz list}: the banks in the questions folder with their question counts. */
@Command(name = "list", description = "List the question banks in the questions folder.", mixinStandardHelpOptions = true)
final class ListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        int bad = 0;
        for (Path file : BankLocator.banks()) {
            try {
                Bank bank = BankJson.read(file);
                out.printf("%-40s %4d questions  %s%n", file, bank.questions().size(), bank.title());
            } catch (BankException e) {
                bad++;
                out.printf("%-40s  (unreadable: %s)%n", file, e.getMessage());
            }
        }
        out.flush();
        return bad == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }
}
