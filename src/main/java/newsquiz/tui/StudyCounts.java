package newsquiz.tui;

/**
 * What the study modes would ask now, for the home screen's rows.
 *
 * @param due   due reviews and learning steps
 * @param fresh new questions within today's limit
 * @param weak  questions the weak-spots mode would ask (answered ones, at most its count)
 */
public record StudyCounts(int due, int fresh, int weak) {

    /** "5 due, 3 new", "nothing due", as a row of the home screen says it. */
    public String review() {
        if (due == 0 && fresh == 0) {
            return "nothing due";
        }
        if (fresh == 0) {
            return due + " due";
        }
        return due == 0 ? fresh + " new" : due + " due, " + fresh + " new";
    }

    public String weakSpots() {
        return weak == 0 ? "nothing answered yet" : weak + (weak == 1 ? " question" : " questions");
    }
}
