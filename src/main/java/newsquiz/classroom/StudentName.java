package newsquiz.classroom;

import java.util.Locale;
import newsquiz.text.SafeText;

/** Checks the name a student gives with {@code --profile} and turns it into a safe file-name part. */
public final class StudentName {

    public static final int MAX_LENGTH = 64;

    private StudentName() {
    }

    /** Why {@code name} cannot identify a student, or null when it can. */
    public static String problem(String name) {
        if (name == null || name.isBlank()) {
            return "the student's name is empty";
        }
        if (name.strip().codePointCount(0, name.strip().length()) > MAX_LENGTH) {
            return "the student's name is longer than " + MAX_LENGTH + " characters";
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            return "the student's name contains control characters";
        }
        return null;
    }

    /** "Zoë O'Brien" -> "zoe-o-brien": ASCII letters, digits and single dashes (spelled as the ASCII fallback spells them). */
    public static String slug(String name) {
        String plain = SafeText.asciiFallback(name.strip()).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > 32) {
            plain = plain.substring(0, 32).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "student" : plain;
    }
}
