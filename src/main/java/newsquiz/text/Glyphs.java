package newsquiz.text;

/**
 * The few non-ASCII symbols the front ends draw, with ASCII stand-ins for terminals whose
 * locale is not UTF-8 (where a "✓" would arrive as "?" or worse).
 */
public record Glyphs(String tick, String cross, String partial, String arrow, String bullet, String full, String empty,
                     String ellipsis) {

    public static final Glyphs UNICODE = new Glyphs("✓", "✗", "~", "→", "•", "█", "░", "…");
    public static final Glyphs ASCII = new Glyphs("+", "x", "~", "->", "*", "#", ".", "...");

    public static Glyphs forTerminal(boolean utf8) {
        return utf8 ? UNICODE : ASCII;
    }
}
