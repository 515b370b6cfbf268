package newsquiz.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Upgrades older progress files, one schema version at a time, on the JSON tree. Add a step here
 * (and a fixture under {@code src/test/resources/progress/}) whenever {@link ProgressData#SCHEMA_VERSION}
 * goes up; the store keeps a copy of the file as it was before the first migrated save.
 */
final class Migrations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Migrations() {
    }

    static ObjectNode migrate(ObjectNode root, int fromVersion) throws ProgressFormatException {
        ObjectNode node = root;
        for (int v = fromVersion; v < ProgressData.SCHEMA_VERSION; v++) {
            switch (v) {
                case 0:
                    node = v0ToV1(node);
                    break;
                default:
                    throw new ProgressFormatException("no migration from schemaVersion " + v);
            }
        }
        return node;
    }

    /**
     * Version 0 was the prototype's file: one learner ({@code profile}), answers keyed
     * {@code "bank/question"} with {@code lastScore} and {@code lastSeconds}, sessions with {@code date}
     * and {@code seconds}, and no scheduling. Version 1 adds profiles, content hashes, FSRS cards and
     * review logs; migrated questions get an unknown hash (adopted at the next answer) and a new card.
     */
    static ObjectNode v0ToV1(ObjectNode old) throws ProgressFormatException {
        ObjectNode root = NODES.objectNode();
        root.put("schemaVersion", 1);
        root.put("lastSeq", 0);
        ObjectNode profiles = root.putObject("profiles");
        String name = old.path("profile").asText("default");
        ObjectNode profile = profiles.putObject(name.isEmpty() ? "default" : name);
        ObjectNode banks = profile.putObject("banks");
        JsonNode answers = old.path("answers");
        for (Iterator<Map.Entry<String, JsonNode>> it = answers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            int slash = e.getKey().indexOf('/');
            if (slash <= 0 || slash == e.getKey().length() - 1) {
                throw new ProgressFormatException("version 0 answer key '" + e.getKey() + "' is not bank/question");
            }
            String bank = e.getKey().substring(0, slash);
            String question = e.getKey().substring(slash + 1);
            JsonNode a = e.getValue();
            ObjectNode record = NODES.objectNode();
            record.put("hash", "");
            record.put("attempts", a.path("attempts").asInt(0));
            record.put("correct", a.path("correct").asInt(0));
            if (a.hasNonNull("lastAnswer")) {
                record.put("lastAnswer", a.get("lastAnswer").asText());
            }
            if (a.hasNonNull("lastScore")) {
                record.put("lastMark", a.get("lastScore").asDouble());
            }
            record.put("lastMillis", Math.round(a.path("lastSeconds").asDouble(0) * 1000));
            record.putObject("card").put("state", "new");
            record.putArray("log");
            JsonNode bankNode = banks.get(bank);
            if (bankNode == null) {
                bankNode = banks.putObject(bank);
            }
            ((ObjectNode) bankNode).set(question, record);
        }
        ArrayNode sessions = profile.putArray("sessions");
        for (JsonNode s : old.path("sessions")) {
            ObjectNode n = sessions.addObject();
            n.put("startedAt", s.path("date").asText());
            n.put("bank", s.path("bank").asText());
            n.put("mode", s.path("mode").asText("practice"));
            n.put("score", s.path("score").asDouble());
            n.put("max", s.path("max").asDouble());
            n.put("durationMillis", Math.round(s.path("seconds").asDouble(0) * 1000));
        }
        return root;
    }
}
