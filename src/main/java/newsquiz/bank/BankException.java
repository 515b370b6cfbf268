package newsquiz.bank;

import java.util.List;

/**
 * A bank file that cannot be used. Each problem is one line of the form
 * {@code file:line:column: question 'id': what is wrong}, so editors and terminals can jump to it.
 */
public class BankException extends Exception {

    private final List<String> problems;

    public BankException(List<String> problems) {
        super(summary(problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public BankException(String problem) {
        this(List.of(problem));
    }

    /** Every problem found, one line each (the message holds only the first). */
    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a BankException needs at least one problem");
        }
        int more = problems.size() - 1;
        return more == 0 ? problems.get(0) : problems.get(0) + " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")";
    }
}
