package newsquiz.bank;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import newsquiz.bank.ObjectDraft.Kind;

/**
 * Reads the fields of one JSON object (as an {@link ObjectDraft} holds them) and reports, rather
 * than throws, what is missing or of the wrong type, so one pass over a bank lists every problem.
 * Unknown fields are reported too: a misspelt {@code "anwser"} would otherwise be silently ignored.
 * A field given as {@code null} counts as missing.
 */
final class Fields {

    private final ObjectDraft draft;
    private final Consumer<String> problems;

    Fields(ObjectDraft draft, Consumer<String> problems) {
        this.draft = draft;
        this.problems = problems;
    }

    boolean has(JsonKey key) {
        Kind k = draft.kind(key);
        return k != Kind.ABSENT && k != Kind.NULL;
    }

    /** Reports every field given, in the order given, that is not in {@code allowed}. */
    void rejectUnknown(Set<? extends JsonKey> allowed) {
        for (int i = 0; i < draft.fieldCount(); i++) {
            JsonKey key = draft.fieldKey(i);
            if (key == null || !allowed.contains(key)) {
                problems.accept("unknown field \"" + draft.fieldName(i) + "\"");
            }
        }
    }

    String requiredString(JsonKey key) {
        if (!has(key)) {
            missing(key);
            return "";
        }
        return string(key, "");
    }

    String optionalString(JsonKey key) {
        return has(key) ? string(key, null) : null;
    }

    private String string(JsonKey key, String fallback) {
        if (draft.kind(key) != Kind.STRING) {
            wrong(key, "a string");
            return fallback;
        }
        return (String) draft.value(key);
    }

    /** The strings of a key that {@link JsonKey.Holds#STRINGS holds strings}. */
    @SuppressWarnings("unchecked")
    List<String> stringList(JsonKey key, boolean required) {
        if (!has(key)) {
            if (required) {
                missing(key);
            }
            return List.of();
        }
        return (List<String>) list(key, "strings", "only strings");
    }

    /** The numbers of a key that {@link JsonKey.Holds#INTS holds whole numbers}. */
    @SuppressWarnings("unchecked")
    List<Integer> intList(JsonKey key) {
        if (!has(key)) {
            missing(key);
            return List.of();
        }
        return (List<Integer>) list(key, "whole numbers", "only whole numbers");
    }

    private List<?> list(JsonKey key, String listOf, String holdOnly) {
        Kind k = draft.kind(key);
        if (k == Kind.MIXED_ARRAY) {
            problems.accept("field \"" + key.jsonName() + "\" must hold " + holdOnly);
            return List.of();
        }
        if (k != Kind.ARRAY) {
            wrong(key, "a list of " + listOf);
            return List.of();
        }
        return (List<?>) draft.value(key);
    }

    int requiredInt(JsonKey key) {
        if (!has(key)) {
            missing(key);
            return -1;
        }
        return optionalInt(key, -1);
    }

    int optionalInt(JsonKey key, int fallback) {
        if (!has(key)) {
            return fallback;
        }
        if (draft.kind(key) != Kind.INT) {
            wrong(key, "a whole number");
            return fallback;
        }
        return (int) draft.number(key);
    }

    double requiredNumber(JsonKey key) {
        if (!has(key)) {
            missing(key);
            return Double.NaN;
        }
        return optionalNumber(key, Double.NaN);
    }

    double optionalNumber(JsonKey key, double fallback) {
        if (!has(key)) {
            return fallback;
        }
        Kind k = draft.kind(key);
        if (k != Kind.INT && k != Kind.NUMBER) {
            wrong(key, "a number");
            return fallback;
        }
        return draft.number(key);
    }

    boolean requiredBoolean(JsonKey key) {
        if (!has(key)) {
            missing(key);
            return false;
        }
        return optionalBoolean(key, false);
    }

    boolean optionalBoolean(JsonKey key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        Kind k = draft.kind(key);
        if (k != Kind.TRUE && k != Kind.FALSE) {
            wrong(key, "true or false");
            return fallback;
        }
        return k == Kind.TRUE;
    }

    /**
     * The nested object of a key that {@link JsonKey.Holds#OBJECT holds one}, or null (reported when
     * required, or when the value is not an object).
     */
    ObjectDraft object(JsonKey key, boolean required) {
        if (!has(key)) {
            if (required) {
                missing(key);
            }
            return null;
        }
        if (draft.kind(key) != Kind.OBJECT) {
            wrong(key, "an object");
            return null;
        }
        return (ObjectDraft) draft.value(key);
    }

    /**
     * The objects of a key that {@link JsonKey.Holds#OBJECTS holds a list of them}; items that are
     * not objects are reported (one problem each) and skipped.
     */
    @SuppressWarnings("unchecked")
    List<ObjectDraft> objectList(JsonKey key) {
        if (!has(key)) {
            missing(key);
            return List.of();
        }
        if (draft.kind(key) != Kind.ARRAY) {
            wrong(key, "a list of objects");
            return List.of();
        }
        for (int i = 0; i < (int) draft.number(key); i++) {
            problems.accept("field \"" + key.jsonName() + "\" must hold only objects");
        }
        return (List<ObjectDraft>) draft.value(key);
    }

    private void missing(JsonKey key) {
        problems.accept("missing required field \"" + key.jsonName() + "\"");
    }

    private void wrong(JsonKey key, String what) {
        problems.accept("field \"" + key.jsonName() + "\" must be " + what);
    }
}
