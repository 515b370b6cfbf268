package newsquiz.tui;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsquiz.bank.Bank;
import newsquiz.bank.Question;

/**
 * A bank on the home screen: loaded, or the reason it could not be; with the learner's progress
 * on it when known.
 */
public record BankEntry(Path path, Bank bank, String error, Mastery mastery) {

    /**
     * The learner's standing on a bank's questions.
     *
     * @param seen     questions answered at least once
     * @param mastered questions the scheduler no longer expects to be forgotten soon
     */
    public record Mastery(int seen, int mastered) {
        public static final Mastery NONE = new Mastery(0, 0);
    }

    public BankEntry {
        mastery = mastery == null ? Mastery.NONE : mastery;
    }

    public static BankEntry loaded(Path path, Bank bank) {
        return new BankEntry(path, bank, null, Mastery.NONE);
    }

    public static BankEntry unreadable(Path path, String error) {
        return new BankEntry(path, null, error, Mastery.NONE);
    }

    public BankEntry withMastery(Mastery m) {
        return new BankEntry(path, bank, error, m);
    }

    public boolean ok() {
        return bank != null;
    }

    public String title() {
        return ok() ? bank.title() : path.getFileName().toString();
    }

    public int questions() {
        return ok() ? bank.questions().size() : 0;
    }

    /** The bank's topics, or those its questions use when it lists none. */
    public List<String> topics() {
        if (!ok()) {
            return List.of();
        }
        Set<String> all = new LinkedHashSet<>(bank.topics());
        for (Question q : bank.questions()) {
            all.addAll(q.topics());
        }
        return List.copyOf(all);
    }
}
