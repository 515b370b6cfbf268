package newsquiz.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsquiz.bank.Bank;
import newsquiz.bank.BankException;
import newsquiz.bank.BankJson;
import newsquiz.bank.Question;
import newsquiz.progress.ProgressStore;
import newsquiz.progress.fsrs.Card;
import newsquiz.progress.fsrs.CardState;
import newsquiz.tui.BankEntry;

/** Chooses between the full-screen and the line front end, and lists banks for the home screen. */
final class FrontEnd {

    private FrontEnd() {
    }

    /** Why the full screen cannot be used here (a short reason for the notice), or null when it can. */
    static String whyNoFullScreen(Map<String, String> env) {
        if ("dumb".equals(env.get("TERM"))) {
            return "TERM=dumb";
        }
        if (!interactive(env)) {
            return "not a terminal";
        }
        return null;
    }

    /**
     * Set by the launcher to 1 when its standard input and output are both a terminal, else 0; the
     * JVM it execs has the same two. Asking Java instead costs 15-20 ms of start-up
     * (System.console() sets up the console's charset, reader and writer).
     */
    static final String LAUNCHER_TTY = "NEWSQUIZ_TTY";

    /**
     * Both standard input and output are a terminal. The launcher says so ({@link #LAUNCHER_TTY});
     * without it, on JDK 17 that is what System.console() != null means, and from JDK 22 a console
     * exists even when redirected, and isTerminal() tells.
     */
    private static boolean interactive(Map<String, String> env) {
        String fromLauncher = env.get(LAUNCHER_TTY);
        if ("1".equals(fromLauncher) || "0".equals(fromLauncher)) {
            return fromLauncher.equals("1");
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /**
     * The banks in questions/ with the learner's mastery of each from {@code store} (may be null),
     * {@code chosen} (already loaded) reused or added first when given.
     */
    static List<BankEntry> bankEntries(Path chosenPath, Bank chosen, ProgressStore store) {
        List<BankEntry> out = new ArrayList<>();
        for (BankEntry e : bankEntries(chosenPath, chosen)) {
            out.add(store == null || !e.ok() ? e : e.withMastery(mastery(store, e.bank())));
        }
        return out;
    }

    /** Questions answered, and questions in review with a stability of at least 21 days (as in stats). */
    static BankEntry.Mastery mastery(ProgressStore store, Bank bank) {
        int seen = 0;
        int mastered = 0;
        for (Question q : bank.questions()) {
            var record = store.record(bank.id(), q.id());
            if (record.isEmpty() || record.get().attempts() == 0) {
                continue;
            }
            seen++;
            Card c = record.get().card();
            if (c.state() == CardState.REVIEW && c.stability() >= ProgressStore.MASTERED_STABILITY_DAYS) {
                mastered++;
            }
        }
        return new BankEntry.Mastery(seen, mastered);
    }

    /** The banks in questions/, with {@code chosen} (already loaded) reused or added first when given. */
    static List<BankEntry> bankEntries(Path chosenPath, Bank chosen) {
        List<Path> paths;
        try {
            paths = BankLocator.banks();
        } catch (UserError e) {
            paths = List.of();
        }
        List<BankEntry> out = new ArrayList<>();
        boolean found = false;
        for (Path p : paths) {
            if (chosenPath != null && same(p, chosenPath)) {
                out.add(BankEntry.loaded(p, chosen));
                found = true;
                continue;
            }
            try {
                out.add(BankEntry.loaded(p, BankJson.read(p)));
            } catch (BankException e) {
                out.add(BankEntry.unreadable(p, e.getMessage()));
            }
        }
        if (chosenPath != null && !found) {
            out.add(0, BankEntry.loaded(chosenPath, chosen));
        }
        return out;
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
