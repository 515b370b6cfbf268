package newsquiz.bank;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the fields of one JSON object and reports, rather than throws, what is missing or of the
 * wrong type, so one pass over a bank lists every problem. Unknown fields are reported too: a
 * misspelt {@code "anwser"} would otherwise be silently ignored.
 */
final class Fields {

    private final JsonNode node;
    private final Consumer<String> problems;

    Fields(JsonNode node, Consumer<String> problems) {
        this.node = node;
        this.problems = problems;
    }

    boolean has(String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    void rejectUnknown(Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                problems.accept("unknown field \"" + name + "\"");
            }
        }
    }

    String requiredString(String name) {
        if (!has(name)) {
            problems.accept("missing required field \"" + name + "\"");
            return "";
        }
        return string(name, "");
    }

    String optionalString(String name) {
        return has(name) ? string(name, null) : null;
    }

    private String string(String name, String fallback) {
        JsonNode v = node.get(name);
        if (!v.isTextual()) {
            problems.accept("field \"" + name + "\" must be a string");
            return fallback;
        }
        return v.textValue();
    }

    List<String> stringList(String name, boolean required) {
        if (!has(name)) {
            if (required) {
                problems.accept("missing required field \"" + name + "\"");
            }
            return List.of();
        }
        JsonNode v = node.get(name);
        if (!v.isArray()) {
            problems.accept("field \"" + name + "\" must be a list of strings");
            return List.of();
        }
        List<String> out = new ArrayList<>(v.size());
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                problems.accept("field \"" + name + "\" must hold only strings");
                return List.of();
            }
            out.add(item.textValue());
        }
        return out;
    }

    List<Integer> intList(String name) {
        if (!has(name)) {
            problems.accept("missing required field \"" + name + "\"");
            return List.of();
        }
        JsonNode v = node.get(name);
        if (!v.isArray()) {
            problems.accept("field \"" + name + "\" must be a list of whole numbers");
            return List.of();
        }
        List<Integer> out = new ArrayList<>(v.size());
        for (JsonNode item : v) {
            if (!item.isIntegralNumber() || !item.canConvertToInt()) {
                problems.accept("field \"" + name + "\" must hold only whole numbers");
                return List.of();
            }
            out.add(item.intValue());
        }
        return out;
    }

    int requiredInt(String name) {
        if (!has(name)) {
            problems.accept("missing required field \"" + name + "\"");
            return -1;
        }
        return optionalInt(name, -1);
    }

    int optionalInt(String name, int fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode v = node.get(name);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            problems.accept("field \"" + name + "\" must be a whole number");
            return fallback;
        }
        return v.intValue();
    }

    double requiredNumber(String name) {
        if (!has(name)) {
            problems.accept("missing required field \"" + name + "\"");
            return Double.NaN;
        }
        return optionalNumber(name, Double.NaN);
    }

    double optionalNumber(String name, double fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode v = node.get(name);
        if (!v.isNumber()) {
            problems.accept("field \"" + name + "\" must be a number");
            return fallback;
        }
        return v.doubleValue();
    }

    boolean requiredBoolean(String name) {
        if (!has(name)) {
            problems.accept("missing required field \"" + name + "\"");
            return false;
        }
        return optionalBoolean(name, false);
    }

    boolean optionalBoolean(String name, boolean fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode v = node.get(name);
        if (!v.isBoolean()) {
            problems.accept("field \"" + name + "\" must be true or false");
            return fallback;
        }
        return v.booleanValue();
    }

    /** The nested object {@code name}, or null (with a problem reported when required or not an object). */
    JsonNode object(String name, boolean required) {
        if (!has(name)) {
            if (required) {
                problems.accept("missing required field \"" + name + "\"");
            }
            return null;
        }
        JsonNode v = node.get(name);
        if (!v.isObject()) {
            problems.accept("field \"" + name + "\" must be an object");
            return null;
        }
        return v;
    }

    /** The list of objects {@code name}; items that are not objects are reported and skipped. */
    List<JsonNode> objectList(String name) {
        if (!has(name)) {
            problems.accept("missing required field \"" + name + "\"");
            return List.of();
        }
        JsonNode v = node.get(name);
        if (!v.isArray()) {
            problems.accept("field \"" + name + "\" must be a list of objects");
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (item.isObject()) {
                out.add(item);
            } else {
                problems.accept("field \"" + name + "\" must hold only objects");
            }
        }
        return out;
    }
}
