package newsquiz.tui;

/** What update and view functions may know about the terminal: its size and what it can show. */
public record Env(Size size, Display display) {

    public Env withSize(Size s) {
        return new Env(s, display);
    }
}
