package newsquiz.text;

import java.util.Map;

/**
 * Whether the user's terminal expects UTF-8, decided the way C programs decide it: the first
 * of LC_ALL, LC_CTYPE, LANG that is set names the character set. Java's own default charset is
 * not a reliable guide (with LANG=C, JDK 17 picks US-ASCII for the console but UTF-8 elsewhere).
 */
public final class TerminalLocale {

    private TerminalLocale() {
    }

    public static boolean isUtf8(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = env.get(name);
            if (v != null && !v.isEmpty()) {
                String lower = v.toLowerCase(java.util.Locale.ROOT);
                return lower.contains("utf-8") || lower.contains("utf8");
            }
        }
        return false;
    }

    /** NO_COLOR (https://no-color.org): any non-empty value turns colour off. */
    public static boolean noColor(Map<String, String> env) {
        String v = env.get("NO_COLOR");
        return v != null && !v.isEmpty();
    }
}
