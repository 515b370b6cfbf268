package newsquiz.tui;

/**
 * What a piece of text is, not how it looks: {@link Theme} turns roles into colours, or into
 * bold/reverse only when NO_COLOR is set. Meaning never depends on the colour: every verdict
 * also has a symbol and a word.
 */
public enum Style {
    NORMAL, TITLE, DIM, HEADER, SELECTED, FIELD, KEY, GOOD, BAD, PARTIAL, WARN
}
