package newsquiz.tui;

import java.util.List;
import newsquiz.bank.Bank;

/**
 * The banks a study session draws on, and how to name them.
 *
 * @param title         for headers: the bank's title, or "All banks"
 * @param scope         for sentences: "'Tiny test bank'", or "all 3 banks"
 * @param sessionBankId the bank id the score history gets for the session
 */
public record StudyScope(List<Bank> banks, String title, String scope, String sessionBankId) {

    public StudyScope {
        banks = List.copyOf(banks);
    }

    /** More than one bank: each question then says which bank it is from. */
    public boolean several() {
        return banks.size() > 1;
    }
}
