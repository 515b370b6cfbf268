package newsquiz.engine;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A numeric question's unit that starts with a scale word ("million", "billion euros", "thousand
 * tonnes"): the answer 1.1 with the unit "million" means 1,100,000, and a learner may type it
 * either way. {@link NumberReader} reads "1.1 million" as 1,100,000, so the checker takes the
 * scale word off the typed text first, as NumberReader's own comment asks of checkers.
 */
final class ScaleUnit {

    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9);

    private ScaleUnit() {
    }

    /** 1,000,000 for "million euros", 1 for "percent", "tonnes" or no unit. */
    static double of(String unit) {
        String first = firstWord(unit);
        return first == null ? 1 : SCALES.getOrDefault(first, 1.0);
    }

    /** The typed text without the unit's scale word ("1.1 million euros" -> "1.1  euros"). */
    static String withoutScale(String typed, String unit) {
        String first = firstWord(unit);
        if (first == null || !SCALES.containsKey(first)) {
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
