package newsquiz.tui;

/** A box drawn over a screen that takes the keys while it is open. */
public enum Overlay {
    NONE, HELP, QUIT
}
