package newsquiz.progress;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The process {@link ProgressCrashTest} kills: opens the store in {@code args[0]}, then records
 * answers numbered from the count already saved, printing {@code ACK n} after each
 * {@link ProgressStore#recordAnswer} returns (the moment feedback would be shown). Answer n is to
 * question {@code q(n % 37)} at {@link #BASE} + n seconds, so the parent can tell which are saved.
 */
public final class CrashChild {

    static final Instant BASE = Instant.parse("2025-01-01T00:00:00Z");
    static final int QUESTIONS = 37;

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        ProgressStore.OpenResult r = ProgressStore.open(dir, "default", Clock.fixed(BASE, ZoneOffset.UTC),
                ProgressStore.Options.DEFAULT.withLockWait(Duration.ofSeconds(10)));
        ProgressStore store = r.store();
        if (!store.isSaving() || !r.warnings().isEmpty()) {
            System.out.println("FAIL " + store.status() + " " + r.warnings());
            System.exit(3);
        }
        long next = savedAnswers(store.snapshot());
        System.out.println("READY " + next);
        System.out.flush();
        for (long n = next; n < next + limit; n++) {
            String q = "q" + (n % QUESTIONS);
            store.recordAnswer(new AnswerEvent("crash", q, "h" + (n % QUESTIONS), List.of("t"), "answer-" + n, 1,
                    n % 3 != 0, false, 1000, 5000, BASE.plusSeconds(n), null));
            System.out.println("ACK " + n);
            System.out.flush();
        }
        store.close();
        System.out.println("DONE");
    }

    static long savedAnswers(ProfileSnapshot p) {
        long n = 0;
        for (Map<String, QuestionRecord> bank : p.banks().values()) {
            for (QuestionRecord r : bank.values()) {
                n += r.log().size();
            }
        }
        return n;
    }

    private CrashChild() {
    }
}
