package newsquiz.tui;

/**
 * A key press as the models see it: no Lanterna types, so update functions and their tests
 * need no terminal. {@code ch} is set for {@link Kind#CHAR} only.
 */
public record Key(Kind kind, char ch, boolean ctrl, boolean alt, boolean shift) {

    public enum Kind {
        CHAR, ENTER, ESCAPE, BACKSPACE, DELETE, LEFT, RIGHT, UP, DOWN, HOME, END, TAB, BACK_TAB,
        PAGE_UP, PAGE_DOWN, F1, EOF, OTHER
    }

    public static Key of(Kind kind) {
        return new Key(kind, '\0', false, false, false);
    }

    public static Key ch(char c) {
        return new Key(Kind.CHAR, c, false, false, false);
    }

    public static Key ctrl(char c) {
        return new Key(Kind.CHAR, c, true, false, false);
    }

    /** A plain (no Ctrl/Alt) character key, compared case-insensitively. */
    public boolean is(char c) {
        return kind == Kind.CHAR && !ctrl && !alt && Character.toLowerCase(ch) == Character.toLowerCase(c);
    }

    public boolean isCtrl(char c) {
        return kind == Kind.CHAR && ctrl && Character.toLowerCase(ch) == c;
    }

    /** A character that can be typed into a text field. */
    public boolean printable() {
        return kind == Kind.CHAR && !ctrl && !alt && ch >= ' ' && ch != 0x7f;
    }

    /** The letter's 0-based index (a = 0), or -1 when this is not a plain letter. */
    public int letterIndex() {
        if (kind != Kind.CHAR || ctrl || alt) {
            return -1;
        }
        char c = Character.toLowerCase(ch);
        return c >= 'a' && c <= 'z' ? c - 'a' : -1;
    }

    /** Ctrl-C, or the input closing: both mean the learner wants out. */
    public boolean interrupt() {
        return isCtrl('c') || kind == Kind.EOF;
    }

    public boolean up() {
        return kind == Kind.UP;
    }

    public boolean down() {
        return kind == Kind.DOWN;
    }
}
