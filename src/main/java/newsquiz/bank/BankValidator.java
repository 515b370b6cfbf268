package newsquiz.bank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a bank built in memory (by the generator or an importer) against the same rules the
 * file reader applies, so whatever newsquiz writes, it can read back.
 */
public final class BankValidator {

    private BankValidator() {
    }

    /** One line per problem, {@code question 'id': ...}; empty when the bank is valid. */
    public static List<String> validate(Bank bank) {
        List<String> problems = new ArrayList<>();
        if (bank.id() == null || !Ids.valid(bank.id())) {
            problems.add("bank id \"" + bank.id() + "\" must be lower-case letters, digits, '.', '_' or '-'");
        }
        if (bank.title() == null || bank.title().isBlank()) {
            problems.add("bank title is empty");
        }
        if (bank.questions().isEmpty()) {
            problems.add("bank has no questions");
        }
        Set<String> ids = new HashSet<>();
        for (Question q : bank.questions()) {
            String where = "question '" + q.id() + "': ";
            if (!ids.add(q.id())) {
                problems.add(where + "duplicate id");
            }
            for (String p : QuestionChecks.check(q)) {
                problems.add(where + p);
            }
        }
        return problems;
    }
}
