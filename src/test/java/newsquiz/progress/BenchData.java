package newsquiz.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import newsquiz.progress.fsrs.Card;
import newsquiz.progress.fsrs.FsrsScheduler;
import newsquiz.progress.fsrs.Rating;

/** Realistic progress data for benchmarks and tests: records with real FSRS histories. */
final class BenchData {

    static final Instant START = Instant.parse("2025-01-06T08:00:00Z");
    private static final String[] TOPICS = {"energy", "security", "diplomacy", "trade", "history", "people"};
    private static final String[] ANSWERS = {"Baku", "Washington", "Ilham Aliyev", "16", "true", "energy security"};

    private BenchData() {
    }

    /**
     * {@code records} question records in banks of 200, each reviewed 1-8 times (about 4.5 on
     * average) at realistic gaps, plus one session per 50 records.
     */
    static ProgressData generate(int records, long seed) {
        Random random = new Random(seed);
        FsrsScheduler scheduler = FsrsScheduler.withDefaults();
        ProgressData data = new ProgressData();
        ProfileData profile = data.profile("default", START);
        for (int i = 0; i < records; i++) {
            String bank = "bank-" + (i / 200);
            String question = "q" + (i % 200);
            Card card = Card.NEW;
            Instant t = START.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 30)));
            int reviews = 1 + random.nextInt(8);
            List<ReviewEntry> log = new ArrayList<>();
            int correct = 0;
            for (int r = 0; r < reviews; r++) {
                Rating rating = Rating.of(random.nextInt(10) < 2 ? 1 : 2 + random.nextInt(3));
                log.add(new ReviewEntry(t, rating, card.state(), 2000 + random.nextInt(20000)));
                card = scheduler.review(card, rating, t);
                correct += rating == Rating.AGAIN ? 0 : 1;
                t = card.due();
            }
            String t1 = TOPICS[i % TOPICS.length];
            String t2 = TOPICS[(i / 7) % TOPICS.length];
            List<String> topics = t1.equals(t2) ? List.of(t1) : List.of(t1, t2);
            profile.put(bank, question, new QuestionRecord(String.format("%016x", random.nextLong()), topics, reviews,
                    correct, ANSWERS[random.nextInt(ANSWERS.length)], random.nextInt(4) / 3.0,
                    2000 + random.nextInt(20000), card, log, List.of()));
            if (i % 50 == 0) {
                profile.sessions.add(new SessionRecord(t, bank, "practice", random.nextInt(11), 10,
                        60_000 + random.nextInt(600_000)));
            }
        }
        data.lastSeq = records;
        return data;
    }
}
