package newsquiz.bank;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One JSON object of a bank file, read token by token into a slot per known field, without a
 * tree: each value is kept as what it turned out to be (a string, a whole number, a list of
 * strings, ...) so that {@link Fields} can later report, in a fixed order, what is missing or of
 * the wrong type. Field names are remembered in the order they came, for "unknown field" reports.
 *
 * <p>A draft is reused from one object to the next (one per question list, and per nested
 * field), so reading a large bank allocates little beyond the values it keeps. A field given
 * twice keeps its last value, as a JSON tree would.
 */
final class ObjectDraft {

    /** What a slot holds. */
    enum Kind {
        ABSENT, NULL, STRING, INT, NUMBER, TRUE, FALSE, OBJECT, ARRAY,
        /** A list whose items are not all of the kind its key {@link JsonKey#holds() holds}. */
        MIXED_ARRAY
    }

    private final ObjectShape shape;
    private final Kind[] kinds;
    private final Object[] values;
    private final double[] numbers;
    /** Slots (>= 0) and unknown names (-1 - index into {@link #unknown}) in the order they came. */
    private int[] order;
    private int fields;
    private final List<String> unknown = new ArrayList<>(0);
    /** Per slot: the draft of its nested object(s), reused from one read to the next. */
    private final ObjectDraft[][] nested;
    private String[] strings = new String[8];

    ObjectDraft(ObjectShape shape) {
        this.shape = shape;
        int n = shape.size();
        this.kinds = new Kind[n];
        Arrays.fill(kinds, Kind.ABSENT);
        this.values = new Object[n];
        this.numbers = new double[n];
        this.order = new int[n + 2];
        this.nested = new ObjectDraft[n][];
    }

    /** Reads the object whose {@code START_OBJECT} is current, up to and including its {@code END_OBJECT}. */
    void read(JsonParser p) throws IOException {
        clear();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            readField(p, name);
        }
    }

    /** Reads the value of field {@code name}, whose first token is current. */
    void readField(JsonParser p, String name) throws IOException {
        JsonKey key = shape.find(name);
        if (key == null) {
            if (!unknown.contains(name)) {
                unknown.add(name);
                remember(-unknown.size());
            }
            JsonSkip.value(p);
            return;
        }
        int slot = key.ordinal();
        if (kinds[slot] == Kind.ABSENT) {
            remember(slot);
        }
        values[slot] = null;
        kinds[slot] = readValue(p, key, slot);
    }

    private void remember(int entry) {
        if (fields == order.length) {
            order = Arrays.copyOf(order, fields * 2);
        }
        order[fields++] = entry;
    }

    private void clear() {
        for (int i = 0; i < fields; i++) {
            if (order[i] >= 0) {
                kinds[order[i]] = Kind.ABSENT;
                values[order[i]] = null;
            }
        }
        fields = 0;
        unknown.clear();
    }

    private Kind readValue(JsonParser p, JsonKey key, int slot) throws IOException {
        switch (p.currentToken()) {
            case VALUE_STRING:
                values[slot] = p.getText();
                return Kind.STRING;
            case VALUE_NUMBER_INT:
                if (p.getNumberType() == JsonParser.NumberType.INT) {
                    numbers[slot] = p.getIntValue();
                    return Kind.INT;
                }
                numbers[slot] = p.getDoubleValue();
                return Kind.NUMBER;
            case VALUE_NUMBER_FLOAT:
                numbers[slot] = p.getDoubleValue();
                return Kind.NUMBER;
            case VALUE_TRUE:
                return Kind.TRUE;
            case VALUE_FALSE:
                return Kind.FALSE;
            case VALUE_NULL:
                return Kind.NULL;
            case START_OBJECT:
                if (key.holds() == JsonKey.Holds.OBJECT) {
                    ObjectDraft d = nestedDrafts(slot, 1)[0];
                    d.read(p);
                    values[slot] = d;
                } else {
                    JsonSkip.value(p);
                }
                return Kind.OBJECT;
            case START_ARRAY:
                return switch (key.holds()) {
                    case STRINGS -> readStrings(p, slot);
                    case INTS -> readInts(p, slot);
                    case OBJECTS -> readObjects(p, slot);
                    default -> {
                        JsonSkip.value(p);
                        yield Kind.ARRAY;
                    }
                };
            default:
                throw new IllegalStateException("not the start of a value: " + p.currentToken());
        }
    }

    private Kind readStrings(JsonParser p, int slot) throws IOException {
        int n = 0;
        boolean mixed = false;
        for (JsonToken t = p.nextToken(); !endOfList(t); t = p.nextToken()) {
            if (!mixed && t == JsonToken.VALUE_STRING) {
                if (n == strings.length) {
                    strings = Arrays.copyOf(strings, n * 2);
                }
                strings[n++] = p.getText();
            } else {
                mixed = true;
                JsonSkip.value(p);
            }
        }
        if (mixed) {
            return Kind.MIXED_ARRAY;
        }
        values[slot] = switch (n) {
            case 0 -> List.of();
            case 1 -> List.of(strings[0]);
            case 2 -> List.of(strings[0], strings[1]);
            default -> List.of(Arrays.copyOf(strings, n));
        };
        Arrays.fill(strings, 0, n, null);
        return Kind.ARRAY;
    }

    private Kind readInts(JsonParser p, int slot) throws IOException {
        List<Integer> out = new ArrayList<>(4);
        boolean mixed = false;
        for (JsonToken t = p.nextToken(); !endOfList(t); t = p.nextToken()) {
            if (!mixed && t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                out.add(p.getIntValue());
            } else {
                mixed = true;
                JsonSkip.value(p);
            }
        }
        if (mixed) {
            return Kind.MIXED_ARRAY;
        }
        values[slot] = out;
        return Kind.ARRAY;
    }

    /** Objects go to reused nested drafts; the count of items that are not objects goes to the number slot. */
    private Kind readObjects(JsonParser p, int slot) throws IOException {
        int n = 0;
        int notObjects = 0;
        for (JsonToken t = p.nextToken(); !endOfList(t); t = p.nextToken()) {
            if (t == JsonToken.START_OBJECT) {
                ObjectDraft d = nestedDrafts(slot, n + 1)[n];
                d.read(p);
                n++;
            } else {
                notObjects++;
                JsonSkip.value(p);
            }
        }
        values[slot] = n == 0 ? List.of() : Arrays.asList(nested[slot]).subList(0, n);
        numbers[slot] = notObjects;
        return Kind.ARRAY;
    }

    /** The end of a list (null, the end of input, only if the parser has failed to say so). */
    private static boolean endOfList(JsonToken t) {
        return t == JsonToken.END_ARRAY || t == null;
    }

    /** The nested drafts of {@code slot}, at least {@code count} of them. */
    private ObjectDraft[] nestedDrafts(int slot, int count) {
        ObjectDraft[] ds = nested[slot];
        if (ds == null || ds.length < count) {
            int from = ds == null ? 0 : ds.length;
            ds = Arrays.copyOf(ds == null ? new ObjectDraft[0] : ds, Math.max(count, from * 2));
            for (int i = from; i < ds.length; i++) {
                ds[i] = new ObjectDraft(shape.key(slot).nested());
            }
            nested[slot] = ds;
        }
        return ds;
    }

    // ---- what was read

    Kind kind(JsonKey key) {
        return kinds[key.ordinal()];
    }

    /** The string, list, or nested draft (or list of them) that {@code key} holds; null for scalars. */
    Object value(JsonKey key) {
        return values[key.ordinal()];
    }

    /** The number {@code key} holds; for a list of objects, how many of its items were not objects. */
    double number(JsonKey key) {
        return numbers[key.ordinal()];
    }

    /** How many fields were given (known and unknown, each name once). */
    int fieldCount() {
        return fields;
    }

    /** The i-th field given: its key, or null when its name is not one of the shape's. */
    JsonKey fieldKey(int i) {
        return order[i] >= 0 ? shape.key(order[i]) : null;
    }

    /** The i-th field's name as given. */
    String fieldName(int i) {
        return order[i] >= 0 ? shape.key(order[i]).jsonName() : unknown.get(-1 - order[i]);
    }
}
