package newsquiz.progress.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * The FSRS-6 scheduler: the state machine of py-fsrs 6.3.1 (notes §1.10) over the formulas in
 * {@link FsrsModel}. Pure: the review time is passed in and nothing reads a clock.
 *
 * <p>Decisions where the reference implementations differ (see {@code docs/progress.md}):
 * <ul>
 *   <li>"Same day" means less than one whole 24-hour period since the last review (py-fsrs), so it
 *       does not depend on the learner's time zone.</li>
 *   <li>Hard is protected on same-day reviews (SInc >= 1), as in fsrs-rs, ts-fsrs and the wiki.</li>
 *   <li>Intervals are rounded half to even (as Python's {@code round}), then kept in
 *       [1, maximumInterval]; S is kept in [0.001, 36500].</li>
 *   <li>Fuzz (optional) draws a uniform whole number of days in the py-fsrs/ts-fsrs fuzz range, with
 *       {@code floor}. The generator is a {@link Random} seeded from the configured seed, the review
 *       time and the card's review count, so a review is a pure function of its inputs (replaying a
 *       log gives the same schedule) and the same draw is used for all four grades, which keeps
 *       fuzzed intervals in the order Again &lt;= Hard &lt;= Good &lt;= Easy.</li>
 * </ul>
 */
public final class FsrsScheduler {

    private final SchedulerConfig config;
    private final FsrsModel model;

    public FsrsScheduler(SchedulerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.model = new FsrsModel(config.parameters());
    }

    public static FsrsScheduler withDefaults() {
        return new FsrsScheduler(SchedulerConfig.DEFAULT);
    }

    public SchedulerConfig config() {
        return config;
    }

    public FsrsModel model() {
        return model;
    }

    /** The four possible results of reviewing {@code card} at {@code now}, one per grade. */
    public record Outcomes(Card again, Card hard, Card good, Card easy) {
        public Card get(Rating r) {
            switch (r) {
                case AGAIN:
                    return again;
                case HARD:
                    return hard;
                case GOOD:
                    return good;
                default:
                    return easy;
            }
        }
    }

    public Outcomes preview(Card card, Instant now) {
        return new Outcomes(review(card, Rating.AGAIN, now), review(card, Rating.HARD, now),
                review(card, Rating.GOOD, now), review(card, Rating.EASY, now));
    }

    /** Whole 24-hour periods from the last review to {@code now}; 0 if never reviewed or in the future. */
    public static long elapsedDays(Card card, Instant now) {
        if (card.lastReview() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(card.lastReview(), now).toDays());
    }

    /** Probability of recall at {@code now}; 0 for a card never reviewed (as py-fsrs). */
    public double retrievability(Card card, Instant now) {
        if (card.isNew() || card.stability() <= 0) {
            return 0;
        }
        return model.retrievability(elapsedDays(card, now), card.stability());
    }

    /** I(r, S) rounded half-even and kept in [1, maximumInterval] days. */
    public int nextIntervalDays(double stability) {
        double raw = model.interval(stability, config.desiredRetention());
        double rounded = Math.rint(raw);
        return (int) Math.min(Math.max(rounded, 1), config.maximumInterval());
    }

    /** Reviews {@code card} with grade {@code rating} at {@code now} and returns the new card. */
    public Card review(Card card, Rating rating, Instant now) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(now, "now");

        // 1. Memory state.
        double s;
        double d;
        if (card.isNew()) {
            s = model.initialStability(rating);
            d = model.initialDifficulty(rating);
        } else if (elapsedDays(card, now) < 1) {
            s = model.nextShortTermStability(card.stability(), rating);
            d = model.nextDifficulty(card.difficulty(), rating);
        } else {
            double r = model.retrievability(elapsedDays(card, now), card.stability());
            s = rating == Rating.AGAIN
                    ? model.nextForgetStability(card.difficulty(), card.stability(), r)
                    : model.nextRecallStability(card.difficulty(), card.stability(), r, rating);
            d = model.nextDifficulty(card.difficulty(), rating);
        }

        // 2. State transition and interval.
        CardState state = card.isNew() ? CardState.LEARNING : card.state();
        int step = card.step();
        int lapses = card.lapses();
        CardState nextState;
        int nextStep = 0;
        Duration shortInterval = null; // set when staying in (re)learning
        switch (state) {
            case LEARNING:
            case RELEARNING: {
                List<Duration> steps = state == CardState.LEARNING ? config.learningSteps() : config.relearningSteps();
                if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) {
                    nextState = CardState.REVIEW;
                } else {
                    switch (rating) {
                        case AGAIN:
                            nextState = state;
                            nextStep = 0;
                            shortInterval = steps.get(0);
                            break;
                        case HARD:
                            nextState = state;
                            nextStep = step;
                            if (step == 0 && steps.size() == 1) {
                                shortInterval = steps.get(0).multipliedBy(3).dividedBy(2);
                            } else if (step == 0) {
                                shortInterval = steps.get(0).plus(steps.get(1)).dividedBy(2);
                            } else {
                                shortInterval = steps.get(Math.min(step, steps.size() - 1));
                            }
                            break;
                        case GOOD:
                            if (step + 1 >= steps.size()) {
                                nextState = CardState.REVIEW;
                            } else {
                                nextState = state;
                                nextStep = step + 1;
                                shortInterval = steps.get(nextStep);
                            }
                            break;
                        default:
                            nextState = CardState.REVIEW;
                            break;
                    }
                }
                break;
            }
            default: { // REVIEW
                if (rating == Rating.AGAIN && !config.relearningSteps().isEmpty()) {
                    nextState = CardState.RELEARNING;
                    nextStep = 0;
                    shortInterval = config.relearningSteps().get(0);
                } else {
                    nextState = CardState.REVIEW;
                }
                if (rating == Rating.AGAIN) {
                    lapses++;
                }
                break;
            }
        }

        Instant due;
        if (shortInterval != null) {
            due = now.plus(shortInterval);
        } else {
            int days = nextIntervalDays(s);
            if (config.fuzz()) {
                days = fuzz(days, fuzzRandom(card, now));
            }
            due = now.plus(Duration.ofDays(days));
        }
        return new Card(nextState, nextStep, s, d, due, now, card.reps() + 1, lapses);
    }

    private Random fuzzRandom(Card card, Instant now) {
        long x = config.fuzzSeed();
        x = mix(x ^ now.toEpochMilli());
        x = mix(x ^ card.reps());
        return new Random(x);
    }

    private static long mix(long z) { // SplitMix64 finaliser: spreads nearby inputs over the seed space
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** §1.12: a uniform whole number of days in the fuzz range around {@code days}; unchanged below 2.5. */
    int fuzz(int days, Random random) {
        if (days < 2.5) {
            return days;
        }
        int[] range = fuzzRange(days, config.maximumInterval());
        int fuzzed = (int) Math.floor(random.nextDouble() * (range[1] - range[0] + 1) + range[0]);
        return Math.min(fuzzed, config.maximumInterval());
    }

    /** [min, max] days that fuzz may pick for an interval of {@code days}. */
    static int[] fuzzRange(double days, int maximumInterval) {
        double delta = 1.0 + 0.15 * Math.max(Math.min(days, 7) - 2.5, 0)
                + 0.10 * Math.max(Math.min(days, 20) - 7, 0)
                + 0.05 * Math.max(days - 20, 0);
        int min = (int) Math.max(2, Math.rint(days - delta));
        int max = (int) Math.min(Math.rint(days + delta), maximumInterval);
        min = Math.min(min, max);
        return new int[] {min, max};
    }
}
