package newsquiz.tui;

import java.util.List;

/**
 * What one frame shows, as plain data: every screen's view function builds one and {@link Frame}
 * lays it out. Tests can inspect a view without drawing it.
 *
 * @param status   right-hand side of the header (question number, score, timer)
 * @param progress questions done out of all, or null for no bar
 * @param focus    the body line that must stay visible (the highlighted choice, the text field)
 * @param cursor   where the text cursor goes, in body coordinates, or null to hide it
 * @param scroll   first body line to show, or -1 to follow {@code focus}
 * @param overlay  a box drawn over everything, or null
 */
public record View(String title, String status, Style statusStyle, Progress progress, List<Line> body, int focus,
                   Cursor cursor, int scroll, String message, Style messageStyle, List<KeyHint> keys, Box overlay) {

    public record Progress(int done, int total) {
    }

    public record Cursor(int line, int column) {
    }

    public record Box(String title, List<Line> lines) {
        public Box {
            lines = List.copyOf(lines);
        }
    }

    public View {
        body = List.copyOf(body);
        keys = List.copyOf(keys);
    }

    public static View of(String title, String status, List<Line> body, List<KeyHint> keys) {
        return new View(title, status, Style.HEADER, null, body, 0, null, -1, null, Style.NORMAL, keys, null);
    }

    public View withProgress(Progress p) {
        return new View(title, status, statusStyle, p, body, focus, cursor, scroll, message, messageStyle, keys, overlay);
    }

    public View withStatusStyle(Style s) {
        return new View(title, status, s, progress, body, focus, cursor, scroll, message, messageStyle, keys, overlay);
    }

    public View withFocus(int line, Cursor c) {
        return new View(title, status, statusStyle, progress, body, line, c, scroll, message, messageStyle, keys, overlay);
    }

    public View withScroll(int s) {
        return new View(title, status, statusStyle, progress, body, focus, cursor, s, message, messageStyle, keys, overlay);
    }

    public View withMessage(String text, Style style) {
        return new View(title, status, statusStyle, progress, body, focus, cursor, scroll, text, style, keys, overlay);
    }

    public View withOverlay(Box box) {
        return new View(title, status, statusStyle, progress, body, focus, cursor, scroll, message, messageStyle, keys, box);
    }
}
