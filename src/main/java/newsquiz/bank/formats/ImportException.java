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
        this(problems.stream().map(ImportException::oneLine).toList(), true);
    }

    private ImportException(List<String> clean, boolean alreadyClean) {
        super(summary(clean), null, false, false);
        this.problems = List.copyOf(clean);
    }

    /** Problems quote the file's text; control characters are written as \\uXXXX to keep a line a line. */
    private static String oneLine(String problem) {
        StringBuilder b = new StringBuilder(problem.length());
        problem.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
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
