package newsquiz.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.EnumMap;
import java.util.Map;

/** How each {@link Style} looks: colours, or only bold/reverse/underline when NO_COLOR is set. */
public final class Theme {

    /** A style's foreground, background and attributes. */
    public record Look(TextColor foreground, TextColor background, SGR[] modifiers) {
    }

    private final Map<Style, Look> looks = new EnumMap<>(Style.class);
    private final boolean color;
    private final Cells cells = new Cells(this);

    private Theme(boolean color) {
        this.color = color;
        TextColor dflt = TextColor.ANSI.DEFAULT;
        put(Style.NORMAL, dflt, dflt);
        put(Style.TITLE, color ? TextColor.ANSI.CYAN : dflt, dflt, SGR.BOLD);
        put(Style.DIM, color ? TextColor.ANSI.BLACK_BRIGHT : dflt, dflt);
        if (color) {
            put(Style.HEADER, TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.BLUE, SGR.BOLD);
        } else {
            put(Style.HEADER, dflt, dflt, SGR.REVERSE);
        }
        put(Style.SELECTED, dflt, dflt, SGR.REVERSE, SGR.BOLD);
        put(Style.FIELD, dflt, dflt, SGR.BOLD);
        put(Style.KEY, color ? TextColor.ANSI.CYAN : dflt, dflt, SGR.BOLD);
        put(Style.GOOD, color ? TextColor.ANSI.GREEN : dflt, dflt, SGR.BOLD);
        put(Style.BAD, color ? TextColor.ANSI.RED : dflt, dflt, SGR.BOLD);
        put(Style.PARTIAL, color ? TextColor.ANSI.YELLOW : dflt, dflt, SGR.BOLD);
        put(Style.WARN, color ? TextColor.ANSI.YELLOW : dflt, dflt, SGR.BOLD);
    }

    public static Theme of(boolean color) {
        return new Theme(color);
    }

    private void put(Style s, TextColor fg, TextColor bg, SGR... modifiers) {
        looks.put(s, new Look(fg, bg, modifiers));
    }

    public Look look(Style s) {
        return looks.get(s);
    }

    /** The screen cell for {@code c} in {@code style}, shared by every frame drawn with this theme. */
    TextCharacter cell(Style style, char c) {
        return cells.of(style, c);
    }

    public boolean color() {
        return color;
    }
}
