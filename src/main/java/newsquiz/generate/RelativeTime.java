package newsquiz.generate;

import java.util.List;
import java.util.Set;

/**
 * Words that place an event relative to when the article was written ("last week", "yesterday",
 * "two days ago"). The article gives no date for them, so a sentence holding one cannot be put on
 * a timeline of dated events, even when it also names a date (which then belongs to something else:
 * "sold for 348 euros last week, up from 295 euros in April").
 */
final class RelativeTime {

    private RelativeTime() {
    }

    private static final Set<String> ALONE = Set.of("yesterday", "today", "tomorrow", "tonight", "ago", "recently");
    private static final Set<String> SHIFTS = Set.of("last", "next", "this", "coming", "previous");
    private static final Set<String> UNITS = Set.of("week", "weekend", "month", "year", "season", "spring", "summer",
            "autumn", "fall", "winter", "morning", "evening", "night");

    static boolean in(Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).lower();
            if (ALONE.contains(w) || SHIFTS.contains(w) && i + 1 < t.size() && UNITS.contains(t.get(i + 1).lower())) {
                return true;
            }
        }
        return false;
    }
}
