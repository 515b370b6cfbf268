package newsquiz.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The screen cells of a {@link Theme}, made once and reused. Lanterna's own string drawing makes a
 * new {@link TextCharacter} for every character of every frame, and each one runs a grapheme
 * {@code BreakIterator} and a {@code String.intern}: most of the cost of drawing the first frame,
 * while that code is still cold. A cell is immutable, so one per style and character serves all
 * frames.
 */
final class Cells {

    private final Theme theme;
    private final Map<Style, TextCharacter[]> ascii = new EnumMap<>(Style.class);
    private final Map<Integer, TextCharacter> other = new HashMap<>();

    Cells(Theme theme) {
        this.theme = theme;
    }

    /** The cell showing {@code c} in {@code style}; {@code c} is one printable, single-char character. */
    TextCharacter of(Style style, char c) {
        if (c < 0x80) {
            TextCharacter[] row = ascii.computeIfAbsent(style, s -> new TextCharacter[0x80]);
            TextCharacter cell = row[c];
            if (cell == null) {
                cell = make(style, c);
                row[c] = cell;
            }
            return cell;
        }
        return other.computeIfAbsent(style.ordinal() << 16 | c, k -> make(style, c));
    }

    private TextCharacter make(Style style, char c) {
        Theme.Look look = theme.look(style);
        return new SharedCell(c, look.foreground(), look.background(), look.modifiers());
    }

    /**
     * A cell that knows its width. Lanterna asks every cell put on the screen whether it is double
     * width, and answers by looking the character up among the Unicode blocks each time: the
     * answer, Lanterna's own, is taken once here. Equal only to cells of this class (Lanterna's
     * equals compares classes), which is all the screen compares them with after the first frame.
     */
    private static final class SharedCell extends TextCharacter {
        private final boolean doubleWidth;

        SharedCell(char c, TextColor foreground, TextColor background, SGR... modifiers) {
            super(c, foreground, background, modifiers);
            this.doubleWidth = super.isDoubleWidth();
        }

        @Override
        public boolean isDoubleWidth() {
            return doubleWidth;
        }
    }
}
