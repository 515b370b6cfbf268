package newsquiz.bank.formats;

import java.util.List;

/**
 * An import found lines it could not read. Every problem is a one-line {@code file:line: message};
 * {@link #getMessage()} gives the first and how many more there are. Nothing is imported then: a
 * half-read quiz that looks complete would be worse than none.
 */
public final class ImportException extends Exception {

    private final List<String> problems;

    public ImportException(List<String> problems) {
        super(summary(problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an ImportException needs at least one problem");
        }
        int more = problems.size() - 1;
        return more == 0 ? problems.get(0)
                : problems.get(0) + " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")";
    }
}
