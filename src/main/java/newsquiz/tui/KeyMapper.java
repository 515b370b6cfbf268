package newsquiz.tui;

import com.googlecode.lanterna.input.KeyStroke;

/** Lanterna's key strokes as the models' {@link Key}s. */
public final class KeyMapper {

    private KeyMapper() {
    }

    public static Key map(KeyStroke k) {
        Key.Kind kind = switch (k.getKeyType()) {
            case Character -> Key.Kind.CHAR;
            case Enter -> Key.Kind.ENTER;
            case Escape -> Key.Kind.ESCAPE;
            case Backspace -> Key.Kind.BACKSPACE;
            case Delete -> Key.Kind.DELETE;
            case ArrowLeft -> Key.Kind.LEFT;
            case ArrowRight -> Key.Kind.RIGHT;
            case ArrowUp -> Key.Kind.UP;
            case ArrowDown -> Key.Kind.DOWN;
            case Home -> Key.Kind.HOME;
            case End -> Key.Kind.END;
            case Tab -> Key.Kind.TAB;
            case ReverseTab -> Key.Kind.BACK_TAB;
            case PageUp -> Key.Kind.PAGE_UP;
            case PageDown -> Key.Kind.PAGE_DOWN;
            case F1 -> Key.Kind.F1;
            case EOF -> Key.Kind.EOF;
            default -> Key.Kind.OTHER;
        };
        char ch = kind == Key.Kind.CHAR && k.getCharacter() != null ? k.getCharacter() : '\0';
        return new Key(kind, ch, k.isCtrlDown(), k.isAltDown(), k.isShiftDown());
    }
}
