package newsquiz.engine;

import java.time.Duration;

/**
 * Kahoot's rule for a timed question: a right answer earns
 * {@code points * (1 - (t / limit) / 2)}, so it is never worth less than half however slow.
 * Points are scaled by {@link #SCALE} first, as Kahoot does, so that rounding to whole points
 * keeps the difference between a fast and a slow answer.
 */
public record SpeedRule(Duration limit) {

    public static final int SCALE = 1000;

    public double points(double basePoints, double fraction, Duration taken) {
        double t = Math.min(1.0, (double) taken.toMillis() / Math.max(1, limit.toMillis()));
        return Math.round(basePoints * SCALE * fraction * (1 - t / 2));
    }
}
