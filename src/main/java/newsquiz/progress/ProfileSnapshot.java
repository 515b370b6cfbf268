package newsquiz.progress;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable copy of one profile's progress, for statistics and display.
 *
 * @param banks bank id to question id to record
 */
public record ProfileSnapshot(String name, Instant createdAt, Map<String, Map<String, QuestionRecord>> banks,
                              List<SessionRecord> sessions) {

    public ProfileSnapshot {
        // Copies keep the file's order, so output built from a snapshot is stable.
        banks = Collections.unmodifiableMap(new LinkedHashMap<>(banks));
        sessions = List.copyOf(sessions);
    }

    public static ProfileSnapshot empty(String name) {
        return new ProfileSnapshot(name, null, Map.of(), List.of());
    }
}
