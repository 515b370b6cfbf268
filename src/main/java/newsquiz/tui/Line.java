package newsquiz.tui;

import java.util.ArrayList;
import java.util.List;
import newsquiz.text.DisplayWidth;

/** One line of styled text; views build lists of these and the painter draws them. */
public record Line(List<Span> spans) {

    public record Span(String text, Style style) {
    }

    public Line {
        spans = List.copyOf(spans);
    }

    public static final Line EMPTY = new Line(List.of());

    public static Line of(String text, Style style) {
        return new Line(List.of(new Span(text, style)));
    }

    public static Line of(String text) {
        return of(text, Style.NORMAL);
    }

    public Line plus(String text, Style style) {
        List<Span> all = new ArrayList<>(spans);
        all.add(new Span(text, style));
        return new Line(all);
    }

    public Line plus(String text) {
        return plus(text, Style.NORMAL);
    }

    public int columns() {
        int n = 0;
        for (Span s : spans) {
            n += DisplayWidth.columns(s.text());
        }
        return n;
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }
}
