package newsquiz.bank;

import java.util.List;

/**
 * A bank file that cannot be used. Each problem is one line of the form
 * {@code file:line:column: question 'id': what is wrong}, so editors and terminals can jump to it.
 */
public class BankException extends Exception {

    private final List<String> problems;

    public BankException(List<String> problems) {
        this(problems.stream().map(BankException::oneLine).toList(), true);
    }

    private BankException(List<String> clean, boolean alreadyClean) {
        super(summary(clean), null, false, false);
        this.problems = List.copyOf(clean);
    }

    public BankException(String problem) {
        this(List.of(problem));
    }

    /** Every problem found, one line each (the message holds only the first). */
    public List<String> problems() {
        return problems;
    }

    /**
     * Problems quote the bank's own text (ids, field names), which may hold newlines or escape
     * sequences; written as {@code \\uXXXX} they keep the message on one line and the terminal safe.
     */
    static String oneLine(String problem) {
        StringBuilder sb = new StringBuilder(problem.length());
        problem.codePoints().forEach(c -> {
            boolean unsafe = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE;
            if (unsafe) {
                sb.append(String.format("\\u%04X", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    private static String summary(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a BankException needs at least one problem");
        }
        int more = problems.size() - 1;
        return more == 0 ? problems.get(0) : problems.get(0) + " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")";
    }
}
