package newsquiz.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One learner's progress, mutable inside the package; others see {@link ProfileSnapshot}s. */
final class ProfileData {

    final String name;
    Instant createdAt;
    final Map<String, BankRecords> banks = new LinkedHashMap<>();
    final List<SessionRecord> sessions = new ArrayList<>();

    ProfileData(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    QuestionRecord get(String bankId, String questionId) {
        BankRecords bank = banks.get(bankId);
        return bank == null ? null : bank.get(questionId);
    }

    /** The records of one bank (decoding them if needed); empty if the learner never answered it. */
    Map<String, QuestionRecord> bank(String bankId) {
        BankRecords bank = banks.get(bankId);
        return bank == null ? Map.of() : bank.map();
    }

    void put(String bankId, String questionId, QuestionRecord record) {
        if (record == null) {
            BankRecords bank = banks.get(bankId);
            if (bank != null) {
                bank.remove(questionId);
                if (bank.isEmpty()) {
                    banks.remove(bankId);
                }
            }
        } else {
            banks.computeIfAbsent(bankId, k -> BankRecords.empty()).put(questionId, record);
        }
    }

    ProfileSnapshot snapshot() {
        Map<String, Map<String, QuestionRecord>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, BankRecords> e : banks.entrySet()) {
            copy.put(e.getKey(), Collections.unmodifiableMap(new LinkedHashMap<>(e.getValue().map())));
        }
        return new ProfileSnapshot(name, createdAt, Collections.unmodifiableMap(copy), sessions);
    }
}
