package newsquiz.engine;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A numeric question's unit that starts with a scale word ("million", "billion euros", "thousand
 * tonnes"): the answer 1.1 with the unit "million" means 1,100,000, and a learner may type it
 * either way. {@link NumberReader} reads "1.1 million" as 1,100,000, so the checker takes the
 * scale word off the typed text first, as NumberReader's own comment asks of checkers.
 */
final class ScaleUnit {

    private ScaleUnit() {
    }

    /** 1,000,000 for "million euros", 1 for "percent", "tonnes" or no unit. */
    static double of(String unit) {
        String first = firstWord(unit);
        long scale = first == null ? 0 : NumberReader.scale(first);
        return scale == 0 ? 1 : scale;
    }

    /** The typed text without the unit's scale word ("1.1 million euros" -> "1.1  euros"). */
    static String withoutScale(String typed, String unit) {
        String first = firstWord(unit);
        if (first == null || NumberReader.scale(first) == 0) {
            return typed;
        }
        return Pattern.compile("(?i)\\b" + first + "\\b").matcher(typed).replaceFirst(" ");
    }

    private static String firstWord(String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        return unit.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    }
}
