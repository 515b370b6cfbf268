package newsquiz.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import newsquiz.bank.Bank;
import newsquiz.bank.Question;

/**
 * The weak-spots mode's questions: among the banks' questions the learner has answered, those with
 * the lowest retrievability or accuracy, weakest first (see {@link ProgressStore#weakest}). Questions
 * edited since they were answered start again and are not weak spots yet.
 */
public final class WeakSpots {

    /** One weak question and how weak it is. */
    public record Entry(String bankId, Question question, WeakQuestion weak) {
        public Entry {
            Objects.requireNonNull(bankId, "bankId");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(weak, "weak");
        }
    }

    private WeakSpots() {
    }

    /** Up to {@code limit} weak questions of {@code banks}, weakest first; empty when none was answered. */
    public static List<Entry> find(List<Bank> banks, ProgressStore store, Instant now, int limit) {
        ReviewQueue.Candidates c = ReviewQueue.Candidates.of(banks);
        List<Entry> out = new ArrayList<>();
        for (WeakQuestion w : store.weakest(c.refs, now, limit)) {
            out.add(new Entry(w.ref().bankId(), c.question(w.ref()), w));
        }
        return out;
    }
}
