package newsquiz.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import newsquiz.engine.Response;

/**
 * A {@link Response} as a one-key JSON object, e.g. {@code {"choice": 1}} or {@code {"text": "Baku"}};
 * indexes are the bank's, whatever order the student saw.
 */
final class ResponseJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ResponseJson() {
    }

    static JsonNode write(Response r) {
        ObjectNode o = NODES.objectNode();
        if (r instanceof Response.Choice c) {
            o.put("choice", c.choice());
        } else if (r instanceof Response.Selection s) {
            ints(o.putArray("choices"), new TreeSet<>(s.choices()));
        } else if (r instanceof Response.Truth t) {
            o.put("truth", t.value());
        } else if (r instanceof Response.Text t) {
            o.put("text", t.text());
        } else if (r instanceof Response.Blanks b) {
            ArrayNode a = o.putArray("blanks");
            b.entries().forEach(a::add);
        } else if (r instanceof Response.Pairing p) {
            ints(o.putArray("pairing"), p.rights());
        } else if (r instanceof Response.Order ord) {
            ints(o.putArray("order"), ord.items());
        } else {
            throw new IllegalArgumentException("unknown response " + r);
        }
        return o;
    }

    /** Reads a response; returns null and reports through {@code problem} when it is not one. */
    static Response read(JsonNode n, java.util.function.Consumer<String> problem) {
        if (n == null || !n.isObject() || n.size() != 1) {
            problem.accept("must be an object with one of choice, choices, truth, text, blanks, pairing, order");
            return null;
        }
        String key = n.fieldNames().next();
        JsonNode v = n.get(key);
        switch (key) {
            case "choice":
                return v.canConvertToInt() && v.isIntegralNumber() ? new Response.Choice(v.intValue()) : bad(problem, key);
            case "choices":
                List<Integer> cs = ints(v);
                return cs == null ? bad(problem, key) : new Response.Selection(Set.copyOf(cs));
            case "truth":
                return v.isBoolean() ? new Response.Truth(v.booleanValue()) : bad(problem, key);
            case "text":
                return v.isTextual() ? new Response.Text(v.textValue()) : bad(problem, key);
            case "blanks":
                List<String> entries = strings(v);
                return entries == null ? bad(problem, key) : new Response.Blanks(entries);
            case "pairing":
                List<Integer> ps = ints(v);
                return ps == null ? bad(problem, key) : new Response.Pairing(ps);
            case "order":
                List<Integer> os = ints(v);
                return os == null ? bad(problem, key) : new Response.Order(os);
            default:
                problem.accept("unknown kind of response \"" + key + "\"");
                return null;
        }
    }

    private static Response bad(java.util.function.Consumer<String> problem, String key) {
        problem.accept("\"" + key + "\" has the wrong kind of value");
        return null;
    }

    private static void ints(ArrayNode a, Iterable<Integer> values) {
        values.forEach(a::add);
    }

    private static List<Integer> ints(JsonNode v) {
        if (!v.isArray()) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isIntegralNumber() || !e.canConvertToInt()) {
                return null;
            }
            out.add(e.intValue());
        }
        return out;
    }

    private static List<String> strings(JsonNode v) {
        if (!v.isArray()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                return null;
            }
            out.add(e.textValue());
        }
        return out;
    }
}
