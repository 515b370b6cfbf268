package newsquiz.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import newsquiz.bank.Bank;
import newsquiz.bank.Question;
import newsquiz.progress.fsrs.Card;

/**
 * What a review session asks, across one or more banks: the questions due now (due learning steps,
 * then due reviews with the lowest retrievability first, then new questions up to the daily limit;
 * see {@link ProgressStore#dueQuestions}), and, for when that is empty or short, when the next one
 * falls due and how many new questions the daily limit held back. Flashcards use the same queue.
 *
 * <p>Built from the store's in-memory state; no I/O, and {@code now} is passed in.
 *
 * @param entries    the questions to ask, in order
 * @param nextDue    the earliest due time after {@code now} among the answered questions; null if none
 * @param newWaiting new (or edited) questions left out because of the daily limit
 * @param newPerDay  the daily limit of new questions used
 */
public record ReviewQueue(List<Entry> entries, Instant nextDue, int newWaiting, int newPerDay) {

    /** One question to ask: where it comes from and why it is due. */
    public record Entry(String bankId, Question question, DueQuestion due) {
        public Entry {
            Objects.requireNonNull(bankId, "bankId");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(due, "due");
        }

        /** A new question, or an edited one starting again. */
        public boolean isNew() {
            return due.kind() == DueQuestion.Kind.NEW || due.kind() == DueQuestion.Kind.EDITED;
        }
    }

    public ReviewQueue {
        entries = List.copyOf(entries);
    }

    /**
     * The review queue for {@code banks} (in the order given; a bank whose id an earlier bank already
     * has is left out, since the store keys progress by bank id).
     *
     * @throws IllegalArgumentException if {@code newPerDay} is negative
     */
    public static ReviewQueue build(List<Bank> banks, ProgressStore store, Instant now, int newPerDay) {
        if (newPerDay < 0) {
            throw new IllegalArgumentException("newPerDay must be 0 or more, was " + newPerDay);
        }
        Candidates c = Candidates.of(banks);
        List<Entry> entries = new ArrayList<>();
        int newIncluded = 0;
        for (DueQuestion d : store.dueQuestions(c.refs, now, newPerDay)) {
            Entry e = new Entry(d.ref().bankId(), c.question(d.ref()), d);
            entries.add(e);
            newIncluded += e.isNew() ? 1 : 0;
        }
        int fresh = 0;
        Instant next = null;
        for (QuestionRef ref : c.refs) {
            QuestionRecord r = store.record(ref.bankId(), ref.questionId()).orElse(null);
            if (r == null || !r.matches(ref.contentHash()) || r.card().isNew()) {
                fresh++;
                continue;
            }
            Card card = r.card();
            if (card.due() != null && card.due().isAfter(now) && (next == null || card.due().isBefore(next))) {
                next = card.due();
            }
        }
        return new ReviewQueue(entries, next, fresh - newIncluded, newPerDay);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** How many of the entries are new (or edited) questions. */
    public int newCount() {
        int n = 0;
        for (Entry e : entries) {
            n += e.isNew() ? 1 : 0;
        }
        return n;
    }

    /** How many of the entries are due reviews and learning steps. */
    public int dueCount() {
        return entries.size() - newCount();
    }

    /** The banks' questions as store references, and the way back from a reference to its question. */
    static final class Candidates {
        final List<QuestionRef> refs = new ArrayList<>();
        private final Map<String, Question> byKey = new HashMap<>();

        static Candidates of(List<Bank> banks) {
            Candidates c = new Candidates();
            Set<String> bankIds = new HashSet<>();
            for (Bank bank : banks) {
                if (!bankIds.add(bank.id())) {
                    continue;
                }
                for (Question q : bank.questions()) {
                    if (c.byKey.putIfAbsent(key(bank.id(), q.id()), q) == null) {
                        c.refs.add(QuestionRef.of(bank.id(), q));
                    }
                }
            }
            return c;
        }

        Question question(QuestionRef ref) {
            return byKey.get(key(ref.bankId(), ref.questionId()));
        }

        private static String key(String bankId, String questionId) {
            return bankId + '\u0000' + questionId;
        }
    }
}
