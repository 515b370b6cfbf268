package newsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article text from Markdown: drops headings' {@code #}, emphasis markers, link targets, images,
 * code fences and list bullets, keeping each kept character's offset in the input. The first
 * level-1 heading becomes the title and is not treated as article text.
 */
final class MarkdownText {

    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINE_PREFIX = Pattern.compile("^(\\s*(#{1,6}\\s+|>\\s?|[*+-]\\s+|\\d+[.)]\\s+))+");

    private MarkdownText() {
    }

    static SourceText extract(String md) {
        StringBuilder text = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        String title = null;
        boolean inFence = false;
        int lineStart = 0;
        while (lineStart <= md.length()) {
            int nl = md.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? md.length() : nl;
            String line = md.substring(lineStart, lineEnd);
            String trimmed = line.strip();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                inFence = !inFence;
            } else if (!inFence && title == null && trimmed.startsWith("# ")) {
                title = trimmed.substring(2).strip();
            } else if (!inFence && !trimmed.matches("[-*_=]{3,}") && !trimmed.startsWith("<!--")) {
                appendLine(line, lineStart, text, offsets);
            }
            text.append('\n');
            offsets.add(lineEnd);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        String s = text.toString();
        int[] map = new int[s.length() + 1];
        for (int i = 0; i < s.length(); i++) {
            map[i] = offsets.get(i);
        }
        map[s.length()] = md.length();
        return new SourceText(s, map, title);
    }

    private static void appendLine(String line, int lineStart, StringBuilder text, List<Integer> offsets) {
        Matcher prefix = LINE_PREFIX.matcher(line);
        int from = prefix.find() ? prefix.end() : 0;
        boolean heading = line.stripLeading().startsWith("#");
        // Replace links and images by their text, remembering where each kept char came from.
        Matcher m = LINK.matcher(line);
        int pos = from;
        while (m.find(pos)) {
            appendPlain(line, pos, m.start(), lineStart, text, offsets);
            appendPlain(line, m.start(1), m.end(1), lineStart, text, offsets);
            pos = m.end();
        }
        appendPlain(line, pos, line.length(), lineStart, text, offsets);
        if (heading) {
            // A subheading is its own paragraph, never glued to the next sentence.
            text.append('\n');
            offsets.add(lineStart + line.length());
        }
    }

    private static void appendPlain(String line, int from, int to, int lineStart, StringBuilder text,
            List<Integer> offsets) {
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c == '*' || c == '`' || (c == '_' && (i == 0 || i + 1 >= line.length()
                    || !Character.isLetterOrDigit(line.charAt(i - 1)) || !Character.isLetterOrDigit(line.charAt(i + 1))))) {
                continue;
            }
            text.append(c);
            offsets.add(lineStart + i);
        }
    }
}
