package newsquiz.tui;

/**
 * A one-line text field: insert, backspace, delete, left/right, home/end, Ctrl-U to clear.
 * {@code cursor} counts chars (0..length).
 */
public record LineEditor(String text, int cursor) {

    /** Long enough for any answer; stops a stuck key from growing the field forever. */
    public static final int MAX_LENGTH = 200;

    public static final LineEditor EMPTY = new LineEditor("", 0);

    public LineEditor {
        cursor = Math.max(0, Math.min(cursor, text.length()));
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** The edited field, or null when the key is not an editing key. */
    public LineEditor handle(Key key) {
        if (key.printable()) {
            if (text.length() >= MAX_LENGTH) {
                return this;
            }
            return new LineEditor(text.substring(0, cursor) + key.ch() + text.substring(cursor), cursor + 1);
        }
        if (key.isCtrl('a')) {
            return new LineEditor(text, 0);
        }
        if (key.isCtrl('e')) {
            return new LineEditor(text, text.length());
        }
        if (key.isCtrl('u')) {
            return EMPTY;
        }
        return switch (key.kind()) {
            case BACKSPACE -> cursor == 0 ? this
                    : new LineEditor(text.substring(0, before(cursor)) + text.substring(cursor), before(cursor));
            case DELETE -> cursor == text.length() ? this
                    : new LineEditor(text.substring(0, cursor) + text.substring(after(cursor)), cursor);
            case LEFT -> new LineEditor(text, before(cursor));
            case RIGHT -> new LineEditor(text, after(cursor));
            case HOME -> new LineEditor(text, 0);
            case END -> new LineEditor(text, text.length());
            default -> null;
        };
    }

    /** Steps over a whole surrogate pair, never half of one. */
    private int before(int i) {
        if (i == 0) {
            return 0;
        }
        return i >= 2 && Character.isLowSurrogate(text.charAt(i - 1)) && Character.isHighSurrogate(text.charAt(i - 2)) ? i - 2 : i - 1;
    }

    private int after(int i) {
        if (i >= text.length()) {
            return text.length();
        }
        return i + 1 < text.length() && Character.isHighSurrogate(text.charAt(i)) ? i + 2 : i + 1;
    }
}
