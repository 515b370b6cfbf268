package newsquiz.progress;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The question records of one bank in one profile. Loaded lazily: a bank read from a progress file
 * whose checksum matched keeps its raw JSON text (a slice of the file) until something asks for
 * its records, and is written back unchanged if nothing did. This is what keeps opening a file with
 * 50,000 records fast (see {@code docs/progress.md}); a slice is only decoded after the whole-file
 * checksum has been verified, so decoding it cannot meet damage the open did not see.
 */
final class BankRecords {

    private byte[] source;
    private int from;
    private int to;
    private Map<String, QuestionRecord> records;

    private BankRecords(byte[] source, int from, int to, Map<String, QuestionRecord> records) {
        this.source = source;
        this.from = from;
        this.to = to;
        this.records = records;
    }

    static BankRecords empty() {
        return new BankRecords(null, 0, 0, new LinkedHashMap<>());
    }

    static BankRecords of(Map<String, QuestionRecord> records) {
        return new BankRecords(null, 0, 0, records);
    }

    /** Records still encoded as {@code source[from, to)}, a JSON object of question id to record. */
    static BankRecords raw(byte[] source, int from, int to) {
        return new BankRecords(source, from, to, null);
    }

    boolean isDecoded() {
        return records != null;
    }

    /** The raw JSON text while not decoded. */
    String rawText() {
        return new String(source, from, to - from, StandardCharsets.UTF_8);
    }

    /** The records, decoding them on first use. Mutations go through {@link #put} and {@link #remove}. */
    Map<String, QuestionRecord> map() {
        if (records == null) {
            try {
                records = ProgressJson.readBank(source, from, to - from);
            } catch (ProgressFormatException e) {
                // The file's checksum matched, so this text is exactly what this program wrote.
                throw new IllegalStateException("progress data that passed its checksum cannot be read: "
                        + e.getMessage(), e);
            }
            source = null;
        }
        return Collections.unmodifiableMap(records);
    }

    QuestionRecord get(String questionId) {
        return map().get(questionId);
    }

    void put(String questionId, QuestionRecord record) {
        map();
        records.put(questionId, record);
    }

    void remove(String questionId) {
        map();
        records.remove(questionId);
    }

    boolean isEmpty() {
        return map().isEmpty();
    }
}
