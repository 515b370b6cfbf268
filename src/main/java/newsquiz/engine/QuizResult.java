package newsquiz.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a finished (or abandoned) session. When a question came back for a second try,
 * only its last record counts, so the maximum is never inflated by repeats.
 */
public record QuizResult(List<AnswerRecord> records, Duration duration) {

    public QuizResult {
        records = List.copyOf(records);
    }

    /** The record that counts for each question, in the order the questions were first asked. */
    public List<AnswerRecord> finalRecords() {
        Map<String, AnswerRecord> last = new LinkedHashMap<>();
        for (AnswerRecord r : records) {
            last.remove(r.questionId());
            last.put(r.questionId(), r);
        }
        Map<String, AnswerRecord> firstOrder = new LinkedHashMap<>();
        for (AnswerRecord r : records) {
            firstOrder.putIfAbsent(r.questionId(), last.get(r.questionId()));
        }
        return new ArrayList<>(firstOrder.values());
    }

    public double score() {
        return finalRecords().stream().mapToDouble(AnswerRecord::points).sum();
    }

    public double maximum() {
        return finalRecords().stream().mapToDouble(AnswerRecord::maximum).sum();
    }

    /** Score as a share of the maximum, 0..100 (clamped: negative marking and streak bonuses can overshoot). */
    public double percent() {
        double max = maximum();
        return max == 0 ? 0 : Math.min(100, 100 * Math.max(0, score()) / max);
    }

    public long count(Verdict v) {
        return finalRecords().stream().filter(r -> r.mark().verdict() == v).count();
    }

    public List<AnswerRecord> mistakes() {
        return finalRecords().stream().filter(r -> r.mark().verdict() != Verdict.CORRECT).toList();
    }

    /** Per topic, in order of first appearance; a question with several topics counts in each. */
    public List<TopicScore> byTopic() {
        Map<String, TopicScore> topics = new LinkedHashMap<>();
        for (AnswerRecord r : finalRecords()) {
            List<String> names = r.item().question().topics();
            for (String t : names.isEmpty() ? List.of("general") : names) {
                topics.computeIfAbsent(t, k -> new TopicScore(k, 0, 0, 0));
                topics.put(t, topics.get(t).plus(r));
            }
        }
        return new ArrayList<>(topics.values());
    }
}
