package newsquiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small text pieces: wrapping, fitting, the line editor and the field that shows it. */
class TextPartsTest {

    @Test
    void wrapsByWordsAndCutsWordsLongerThanTheLine() {
        assertThat(TextWrap.wrap("the quick brown fox jumps", 10)).containsExactly("the quick", "brown fox", "jumps");
        assertThat(TextWrap.wrap("abcdefghijkl", 5)).containsExactly("abcde", "fghij", "kl");
        assertThat(TextWrap.wrap("one\ntwo", 20)).containsExactly("one", "two");
        assertThat(TextWrap.wrap("日本語のテキスト", 6)).containsExactly("日本語", "のテキ", "スト");
    }

    @Test
    void fitsWithAnEllipsis() {
        assertThat(TextWrap.fit("Tiny test bank", 8, "…")).isEqualTo("Tiny te…");
        assertThat(TextWrap.fit("short", 8, "…")).isEqualTo("short");
    }

    @Test
    void lineEditorEdits() {
        LineEditor e = LineEditor.EMPTY;
        for (char c : "helo".toCharArray()) {
            e = e.handle(Key.ch(c));
        }
        e = e.handle(Key.of(Key.Kind.LEFT)).handle(Key.ch('l'));
        assertThat(e).isEqualTo(new LineEditor("hello", 4));
        e = e.handle(Key.of(Key.Kind.HOME)).handle(Key.of(Key.Kind.DELETE)).handle(Key.of(Key.Kind.END)).handle(Key.of(Key.Kind.BACKSPACE));
        assertThat(e).isEqualTo(new LineEditor("ell", 3));
        assertThat(e.handle(Key.ctrl('u'))).isEqualTo(LineEditor.EMPTY);
        assertThat(e.handle(Key.of(Key.Kind.UP))).isNull();
        LineEditor full = new LineEditor("x".repeat(LineEditor.MAX_LENGTH), LineEditor.MAX_LENGTH);
        assertThat(full.handle(Key.ch('y'))).isSameAs(full);
    }

    @Test
    void longFieldScrollsToKeepTheCursorInView() {
        String text = "abcdefghijklmnopqrstuvwxyz0123456789";
        Line prefix = Line.of("> ");
        Field.Drawn end = Field.draw(prefix, new LineEditor(text, text.length()), 12);
        assertThat(end.line().text()).isEqualTo("> 123456789_");
        assertThat(end.cursorColumn()).isEqualTo(11);
        Field.Drawn start = Field.draw(prefix, new LineEditor(text, 0), 12);
        assertThat(start.line().text()).isEqualTo("> abcdefghij");
        assertThat(start.cursorColumn()).isEqualTo(2);
    }

    @Test
    void footerDropsOptionalHintsFirstAndKeepsHelp() {
        List<KeyHint> keys = List.of(new KeyHint("A-C", "answer"), KeyHint.extra("Enter", "answer"),
                new KeyHint("s", "skip"), new KeyHint("q", "quit"), new KeyHint("?", "help"));
        assertThat(Frame.footer(keys, 80).text()).isEqualTo("A-C answer  Enter answer  s skip  q quit  ? help");
        assertThat(Frame.footer(keys, 36).text()).isEqualTo("A-C answer  s skip  q quit  ? help");
        assertThat(Frame.footer(keys, 20).text()).isEqualTo("A-C answer  ? help");
    }
}
