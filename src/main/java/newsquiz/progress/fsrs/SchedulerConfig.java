package newsquiz.progress.fsrs;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Scheduler settings. {@link #DEFAULT}: FSRS-6 default weights, desired retention 0.9, learning steps
 * 1 min and 10 min, relearning step 10 min, maximum interval 36500 days, fuzz off.
 *
 * @param desiredRetention target probability of recall at the due date, in (0, 1]
 * @param maximumInterval  longest interval in days
 * @param fuzz             spread review-state intervals a little so cards learned together do not
 *                         stay together; deterministic, see {@link FsrsScheduler}
 * @param fuzzSeed         seed mixed into every fuzz draw
 */
public record SchedulerConfig(FsrsParameters parameters, double desiredRetention, List<Duration> learningSteps,
                              List<Duration> relearningSteps, int maximumInterval, boolean fuzz, long fuzzSeed) {

    public static final SchedulerConfig DEFAULT = new SchedulerConfig(FsrsParameters.DEFAULT, 0.9,
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)),
            36500, false, 0L);

    public SchedulerConfig {
        Objects.requireNonNull(parameters, "parameters");
        if (!(desiredRetention > 0 && desiredRetention <= 1)) {
            throw new IllegalArgumentException("desired retention must be in (0, 1], was " + desiredRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("maximum interval must be at least 1 day, was " + maximumInterval);
        }
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        for (Duration d : learningSteps) {
            requirePositive(d);
        }
        for (Duration d : relearningSteps) {
            requirePositive(d);
        }
    }

    private static void requirePositive(Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("learning steps must be positive, was " + d);
        }
    }

    public SchedulerConfig withDesiredRetention(double retention) {
        return new SchedulerConfig(parameters, retention, learningSteps, relearningSteps, maximumInterval, fuzz,
                fuzzSeed);
    }

    public SchedulerConfig withMaximumInterval(int days) {
        return new SchedulerConfig(parameters, desiredRetention, learningSteps, relearningSteps, days, fuzz,
                fuzzSeed);
    }

    public SchedulerConfig withFuzz(long seed) {
        return new SchedulerConfig(parameters, desiredRetention, learningSteps, relearningSteps, maximumInterval,
                true, seed);
    }

    public SchedulerConfig withoutFuzz() {
        return new SchedulerConfig(parameters, desiredRetention, learningSteps, relearningSteps, maximumInterval,
                false, fuzzSeed);
    }

    public SchedulerConfig withSteps(List<Duration> learning, List<Duration> relearning) {
        return new SchedulerConfig(parameters, desiredRetention, learning, relearning, maximumInterval, fuzz,
                fuzzSeed);
    }

    public SchedulerConfig withParameters(FsrsParameters newParameters) {
        return new SchedulerConfig(newParameters, desiredRetention, learningSteps, relearningSteps,
                maximumInterval, fuzz, fuzzSeed);
    }
}
