package newsquiz.tui;

/** The three ways to study from the learner's progress, as the screens name them. */
public enum StudyMode {
    REVIEW("Review", "review"),
    FLASHCARDS("Flashcards", "flashcards"),
    WEAK("Weak spots", "weak");

    private final String label;
    private final String historyName;

    StudyMode(String label, String historyName) {
        this.label = label;
        this.historyName = historyName;
    }

    /** How headers and the home screen name it ("Weak spots"). */
    public String label() {
        return label;
    }

    /** How the score history names its sessions ("weak"), as the line mode records them. */
    public String historyName() {
        return historyName;
    }
}
