package newsquiz.bank.formats;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the small HTML found in quiz files ({@code <b>}, {@code <p>}, {@code <br>}, entities)
 * into plain text for a terminal. Not a general HTML parser: it drops tags and keeps their text.
 */
final class HtmlText {

    private static final Pattern BREAKS = Pattern.compile(
            "(?i)<br\\s*/?>|</p\\s*>|</div\\s*>|</li\\s*>|</h[1-6]\\s*>|</tr\\s*>");
    private static final Pattern DROPPED_ELEMENTS = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern COMMENTS = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern TAGS = Pattern.compile("<[a-zA-Z/!][^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"), Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"),
            Map.entry("eacute", "\u00e9"), Map.entry("deg", "\u00b0"), Map.entry("times", "\u00d7"),
            Map.entry("copy", "\u00a9"), Map.entry("euro", "\u20ac"));

    private HtmlText() {
    }

    static String toPlainText(String html) {
        String text = COMMENTS.matcher(html).replaceAll("");
        text = DROPPED_ELEMENTS.matcher(text).replaceAll("");
        text = BREAKS.matcher(text).replaceAll("\n");
        text = TAGS.matcher(text).replaceAll("");
        text = decodeEntities(text);
        // HTML collapses white space; keep the line breaks that tags asked for.
        text = text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\n ?", "\n").replaceAll("\n{3,}", "\n\n");
        return text.strip();
    }

    private static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String decode(String name, String whole) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int cp;
            try {
                cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            } catch (NumberFormatException e) {
                return whole;
            }
            return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : whole;
        }
        return NAMED.getOrDefault(name, whole);
    }
}
