package newsquiz.bank.formats;

import java.util.List;
import newsquiz.bank.Bank;

/**
 * What an importer made of a file: the bank and the warnings about what it left out
 * (each {@code file:line: message}).
 */
public record ImportResult(Bank bank, List<String> warnings) {

    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
