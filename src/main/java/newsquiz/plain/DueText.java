package newsquiz.plain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import newsquiz.progress.ReviewQueue;

/** Says when things are due, in words: "in 10 min", "2025-03-02 10:00 (in 23 h)". */
public final class DueText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DueText() {
    }

    /** A span as a learner reads it: 45 s, 10 min, 5 h, 3 days, 4 months, 1.5 years. */
    public static String span(Duration d) {
        long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return Math.round(s / 60.0) + " min";
        }
        if (s < 86_400) {
            return Math.round(s / 3600.0) + " h";
        }
        long days = Math.round(s / 86_400.0);
        if (days < 60) {
            return days + (days == 1 ? " day" : " days");
        }
        if (days < 365) {
            return Math.round(days / 30.4) + " months";
        }
        double years = Math.round(days / 36.5) / 10.0;
        return (years == Math.rint(years) ? String.valueOf((long) years) : String.valueOf(years))
                + (years == 1 ? " year" : " years");
    }

    /** {@code 2025-03-02 10:00 (in 23 h)} in the learner's time zone. */
    public static String when(Instant due, Instant now, ZoneId zone) {
        String at = WHEN.format(LocalDateTime.ofInstant(due, zone));
        return due.isAfter(now) ? at + " (in " + span(Duration.between(now, due)) + ")" : at + " (now)";
    }

    /**
     * What to say when a review finds nothing to ask in {@code scope} ("all banks", a bank's title):
     * when the next review is due, and whether the daily limit holds new questions back.
     */
    public static List<String> nothingDue(ReviewQueue queue, String scope, Instant now, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        lines.add("Nothing to review now in " + scope + ".");
        if (queue.nextDue() != null) {
            lines.add("Next review due: " + when(queue.nextDue(), now, zone) + ".");
        }
        if (queue.newWaiting() > 0 && queue.newPerDay() == 0) {
            lines.add(queue.newWaiting() + (queue.newWaiting() == 1 ? " new question is" : " new questions are")
                    + " left out (--new-per-day 0).");
        } else if (queue.newWaiting() > 0) {
            lines.add(queue.newWaiting() + (queue.newWaiting() == 1 ? " new question waits" : " new questions wait")
                    + " for tomorrow: today's limit of " + queue.newPerDay()
                    + (queue.newPerDay() == 1 ? " new question" : " new questions")
                    + " is reached (--new-per-day N to change it).");
        } else if (queue.nextDue() == null) {
            lines.add("There are no questions to learn here yet.");
        }
        return lines;
    }

    /** After a session: how many are due already (a missed question's step is minutes long), else when the next is. */
    public static String afterSession(ReviewQueue queue, Instant now, ZoneId zone) {
        if (!queue.isEmpty()) {
            int n = queue.entries().size();
            return n + (n == 1 ? " question is" : " questions are") + " due now (run the command again to go on).";
        }
        if (queue.nextDue() != null) {
            return "Next review due: " + when(queue.nextDue(), now, zone) + ".";
        }
        return "Nothing is scheduled.";
    }
}
