package newsquiz.generate;

/**
 * One token with its Universal POS tag and its character span [start, end) in the article text.
 */
public record Token(String text, String tag, int start, int end) {

    boolean is(String posTag) {
        return tag.startsWith(posTag) && (tag.length() == posTag.length() || tag.charAt(posTag.length()) == '+');
    }

    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean isNumber() {
        return is("NUM") || text.chars().anyMatch(Character::isDigit) && text.chars().allMatch(
                c -> Character.isDigit(c) || c == ',' || c == '.' || c == '-');
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
