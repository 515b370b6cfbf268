package newsquiz.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsquiz.bank.Bank;

/**
 * The banks a review, flashcard or weak-spots session draws on: the one named with {@code --bank},
 * or every bank in the questions folder. With all banks, a bank that cannot be read or that repeats
 * another's id (progress is kept by bank id) is skipped with a warning rather than ending the session.
 *
 * @param scope         how messages name them: the bank's title, or "all N banks"
 * @param sessionBankId the bank id the score history gets for a session over them
 */
record StudyBanks(List<Bank> banks, String title, String scope, String sessionBankId) {

    /** The session bank id of a session over several banks. */
    static final String ALL_BANKS = "(all banks)";

    static StudyBanks load(Path bankOption, PrintWriter err) {
        if (bankOption != null) {
            Bank bank = Banks.load(bankOption);
            return of(List.of(bank));
        }
        List<Path> files = BankLocator.banks();
        if (files.isEmpty()) {
            throw new UserError(BankLocator.questionsDir() + ": no banks (*.json) found; give one with --bank FILE");
        }
        List<Bank> banks = new ArrayList<>();
        Map<String, Path> ids = new HashMap<>();
        for (Path file : files) {
            Bank bank;
            try {
                bank = Banks.load(file);
            } catch (UserError e) {
                err.println("newsquiz: skipped a bank: " + e.getMessage());
                continue;
            }
            Path first = ids.putIfAbsent(bank.id(), file);
            if (first != null) {
                err.println("newsquiz: skipped " + file + ": it has the same bank id '" + bank.id() + "' as " + first);
                continue;
            }
            banks.add(bank);
        }
        err.flush();
        if (banks.isEmpty()) {
            throw new UserError(BankLocator.questionsDir() + ": no bank could be read (see above)");
        }
        return of(banks);
    }

    static StudyBanks of(List<Bank> banks) {
        if (banks.size() == 1) {
            Bank b = banks.get(0);
            return new StudyBanks(banks, b.title(), "'" + b.title() + "'", b.id());
        }
        return new StudyBanks(List.copyOf(banks), "All banks", "all " + banks.size() + " banks", ALL_BANKS);
    }

    boolean several() {
        return banks.size() > 1;
    }
}
