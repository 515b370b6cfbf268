package newsquiz.engine;

/** How an answer was judged. Front ends show each with a symbol and a word, never colour alone. */
public enum Verdict {
    CORRECT("correct"),
    PARTIAL("partly correct"),
    WRONG("wrong"),
    /** The learner chose to skip; no points, never negative marking. */
    SKIPPED("skipped"),
    /** Time ran out before an answer (exam time limit); counted apart from wrong guesses. */
    UNANSWERED("unanswered");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean answered() {
        return this == CORRECT || this == PARTIAL || this == WRONG;
    }
}
