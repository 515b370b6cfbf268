package newsquiz.tui;

/**
 * One entry of a footer: the key to press and what it does, e.g. "Enter" "answer". Optional
 * hints (other ways to do the same thing, scrolling) are the first to go when the footer is narrow.
 */
public record KeyHint(String key, String action, boolean optional) {

    public KeyHint(String key, String action) {
        this(key, action, false);
    }

    public static KeyHint extra(String key, String action) {
        return new KeyHint(key, action, true);
    }
}
