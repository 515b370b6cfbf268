package newsquiz.bank;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The fields one kind of JSON object may have, looked up by name while streaming. */
final class ObjectShape {

    private final List<JsonKey> keys;
    private final Map<String, JsonKey> byName;

    ObjectShape(JsonKey[] keys) {
        this.keys = List.of(keys);
        this.byName = new HashMap<>(keys.length * 2);
        for (JsonKey k : keys) {
            // Jackson interns field names, so an interned key is found by identity, without comparing bytes.
            byName.put(k.jsonName().intern(), k);
        }
    }

    int size() {
        return keys.size();
    }

    JsonKey key(int slot) {
        return keys.get(slot);
    }

    /** The key named {@code name}, or null for a field this kind of object does not have. */
    JsonKey find(String name) {
        return byName.get(name);
    }
}
