package newsquiz.classroom;

import java.text.Normalizer;
import java.util.Locale;

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

    /**
     * "Zoë O'Brien" -> "zoe-o-brien": ASCII letters, digits and single dashes. Letters that do not
     * decompose into a base letter and accents (Azerbaijani ə, Turkish ı, Danish ø...) are spelled out.
     */
    public static String slug(String name) {
        String plain = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("ə", "e").replace("ı", "i").replace("ø", "o").replace("ł", "l").replace("đ", "d")
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > 32) {
            plain = plain.substring(0, 32).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "student" : plain;
    }
}
