package newsquiz.generate;

/**
 * Article text ready for analysis, plus where each of its characters came from in the input, so
 * provenance offsets point into the file the user gave (plain text: the same offsets; Markdown and
 * HTML: the offset of the source character that produced it).
 *
 * @param title a headline found in the input (HTML {@code <title>}/{@code <h1>}, Markdown
 *              {@code # heading}), or null
 */
public record SourceText(String text, int[] inputOffsets, String title) {

    public static SourceText plain(String text, String title) {
        int[] map = new int[text.length() + 1];
        for (int i = 0; i < map.length; i++) {
            map[i] = i;
        }
        return new SourceText(text, map, title);
    }

    /** Maps an offset in {@link #text()} (0..length inclusive) to an offset in the input. */
    public int inputOffset(int textOffset) {
        return inputOffsets[Math.max(0, Math.min(textOffset, inputOffsets.length - 1))];
    }
}
