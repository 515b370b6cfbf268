package newsquiz.cli;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;
import newsquiz.bank.Matching;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.MultipleSelect;
import newsquiz.bank.Ordering;
import newsquiz.bank.Question;
import newsquiz.engine.AnswerRecord;
import newsquiz.engine.QuizListener;
import newsquiz.engine.QuizResult;
import newsquiz.engine.Response;
import newsquiz.engine.Verdict;
import newsquiz.progress.AnswerEvent;
import newsquiz.progress.ProgressStore;
import newsquiz.progress.SessionRecord;

/**
 * Connects a quiz session to the progress store: each answer is recorded (durably, when the store
 * is saving) before the front end shows its feedback, and the finished session goes into the score
 * history. Skipped questions are recorded as wrong (the learner could not recall them, so FSRS
 * grades them Again); questions left unanswered when an exam's time ran out are not recorded.
 *
 * <p>Use: {@code new PlainQuiz(in, out, utf8, clock, new ProgressQuizListener(store, bank.id(), "practice", clock))}.
 * A session over several banks (a review) says which bank each question is from with
 * {@link #ProgressQuizListener(ProgressStore, Function, String, String, Clock)}.
 */
public final class ProgressQuizListener implements QuizListener {

    private final ProgressStore store;
    private final Function<Question, String> bankOf;
    private final String bankId;
    private final String mode;
    private final Instant startedAt;

    public ProgressQuizListener(ProgressStore store, String bankId, String mode, Clock clock) {
        this(store, q -> bankId, bankId, mode, clock);
    }

    /**
     * @param bankOf        the bank id of each question asked
     * @param sessionBankId what the score history names as the session's bank
     */
    public ProgressQuizListener(ProgressStore store, Function<Question, String> bankOf, String sessionBankId,
                                String mode, Clock clock) {
        this.store = store;
        this.bankOf = bankOf;
        this.bankId = sessionBankId;
        this.mode = mode.toLowerCase(Locale.ROOT);
        this.startedAt = clock.instant();
    }

    @Override
    public void answered(AnswerRecord r) {
        AnswerEvent e = event(bankOf.apply(r.item().question()), r);
        if (e != null) {
            store.recordAnswer(e);
        }
    }

    /** What the store records for {@code r}, a question of bank {@code bankId}; null for unanswered (not recorded). */
    public static AnswerEvent event(String bankId, AnswerRecord r) {
        Verdict v = r.mark().verdict();
        if (v == Verdict.UNANSWERED) {
            return null;
        }
        Question q = r.item().question();
        String text = r.response() == null ? null : describe(q, r.response());
        return AnswerEvent.answered(bankId, q, text, v == Verdict.SKIPPED ? 0 : r.mark().fraction(),
                v == Verdict.CORRECT, r.hintUsed(), r.taken().toMillis(), r.shownAt().plus(r.taken()));
    }

    @Override
    public void finished(QuizResult result) {
        if (result.records().stream().allMatch(r -> r.mark().verdict() == Verdict.UNANSWERED)) {
            return; // quit before answering or skipping anything: not a session worth a place in the history
        }
        store.recordSession(new SessionRecord(startedAt, bankId, mode, result.score(), result.maximum(),
                result.duration().toMillis()));
    }

    @Override
    public String warning() {
        return store.isSaving() ? null : store.status().message();
    }

    /** A response as the learner would recognise it, in the bank's words, for "last answer". */
    static String describe(Question q, Response response) {
        try {
            if (response instanceof Response.Choice c && q instanceof MultipleChoice m) {
                return m.choices().get(c.choice());
            }
            if (response instanceof Response.Selection s && q instanceof MultipleSelect m) {
                List<String> picked = new ArrayList<>();
                for (int i : new TreeSet<>(s.choices())) {
                    picked.add(m.choices().get(i));
                }
                return String.join("; ", picked);
            }
            if (response instanceof Response.Truth t) {
                return t.value() ? "true" : "false";
            }
            if (response instanceof Response.Text t) {
                return t.text();
            }
            if (response instanceof Response.Blanks b) {
                return String.join(" | ", b.entries());
            }
            if (response instanceof Response.Pairing p && q instanceof Matching m) {
                List<String> rights = new ArrayList<>();
                for (Matching.Pair pair : m.pairs()) {
                    rights.add(pair.right());
                }
                rights.addAll(m.distractors());
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < p.rights().size() && i < m.pairs().size(); i++) {
                    int pick = p.rights().get(i);
                    lines.add(m.pairs().get(i).left() + " -> " + (pick < 0 ? "?" : rights.get(pick)));
                }
                return String.join("; ", lines);
            }
            if (response instanceof Response.Order o && q instanceof Ordering ord) {
                List<String> items = new ArrayList<>();
                for (int i : o.items()) {
                    items.add(ord.items().get(i));
                }
                return String.join(" > ", items);
            }
        } catch (IndexOutOfBoundsException e) {
            // fall through: an index the bank does not have is shown as the engine gave it
        }
        return response.toString();
    }
}
