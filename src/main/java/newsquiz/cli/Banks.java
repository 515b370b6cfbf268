package newsquiz.cli;

import java.nio.file.Path;
import newsquiz.bank.Bank;
import newsquiz.bank.BankException;
import newsquiz.bank.BankJson;

/** Loads a bank for a command, turning a bad file into a one-line {@link UserError}. */
public final class Banks {

    private Banks() {
    }

    public static Bank load(Path file) {
        try {
            return BankJson.read(file);
        } catch (BankException e) {
            throw new UserError(e.getMessage());
        }
    }
}
