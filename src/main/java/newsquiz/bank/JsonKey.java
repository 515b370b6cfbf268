package newsquiz.bank;

import java.util.Locale;

/**
 * One field a JSON object of a bank file may have: its name, and what {@link ObjectDraft} must
 * collect for it while streaming. Implemented by the enums of {@link BankKeys}, one per kind of
 * object, whose constant names are the JSON names in upper snake case ({@code CASE_SENSITIVE}
 * for {@code caseSensitive}).
 */
interface JsonKey {

    /** What a field's value is read as; whatever else it turns out to be is recorded as its JSON kind. */
    enum Holds {
        /** A string, number or true/false; which one is checked when the object is built. */
        SCALAR,
        /** A list of strings. */
        STRINGS,
        /** A list of whole numbers. */
        INTS,
        /** One object, read with {@link #nested()}. */
        OBJECT,
        /** A list of objects, each read with {@link #nested()}. */
        OBJECTS
    }

    /** The key's index in its object's {@link ObjectShape}; enums supply it. */
    int ordinal();

    /** The enum constant's name; enums supply it. */
    String name();

    default String jsonName() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
        }
        return sb.toString();
    }

    default Holds holds() {
        return Holds.SCALAR;
    }

    /** The fields of the nested object(s), for {@link Holds#OBJECT} and {@link Holds#OBJECTS}; else null. */
    default ObjectShape nested() {
        return null;
    }
}
