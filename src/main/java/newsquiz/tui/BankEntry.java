package newsquiz.tui;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsquiz.bank.Bank;
import newsquiz.bank.Question;

/** A bank on the home screen: loaded, or the reason it could not be. */
public record BankEntry(Path path, Bank bank, String error) {

    public static BankEntry loaded(Path path, Bank bank) {
        return new BankEntry(path, bank, null);
    }

    public static BankEntry unreadable(Path path, String error) {
        return new BankEntry(path, null, error);
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
