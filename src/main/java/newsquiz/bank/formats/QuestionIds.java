package newsquiz.bank.formats;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes bank ids ({@code [a-z0-9][a-z0-9._-]*}) from titles such as "Jesus' hometown", unique
 * within one bank: a second "Jesus' hometown" becomes {@code jesus-hometown-2}.
 */
final class QuestionIds {

    private static final int MAX_LENGTH = 60;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private final Set<String> used = new HashSet<>();

    /** A unique id from {@code title}, or {@code fallback} (also made unique) when it has no letters or digits. */
    String next(String title, String fallback) {
        String base = slug(title);
        if (base.isEmpty()) {
            base = slug(fallback);
        }
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Lower-case ASCII letters and digits joined by single hyphens; accents are dropped, not the letters. */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String lower = plain.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        String slug = EDGE_HYPHENS.matcher(OTHER.matcher(lower).replaceAll("-")).replaceAll("");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }
}
