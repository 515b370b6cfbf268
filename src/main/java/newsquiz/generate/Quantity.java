package newsquiz.generate;

/**
 * A number in the text with what it counts: "16 states", "$1.2 billion", "six-month", "40%".
 * Tokens [numFrom, numTo) hold the number itself (the part a numeric question blanks out).
 *
 * @param unit the counted noun or unit ("states", "month", "percent"); null when none follows
 */
public record Quantity(int sentence, int numFrom, int numTo, String surface, double value, String unit,
        boolean money, boolean spelled) {

    /** A count of 0 or 1, or a bare number without unit, says little worth asking about. */
    boolean askable() {
        return unit != null && value != 1 && value != 0 && !(value == 2 && spelled && !isDuration());
    }

    boolean isDuration() {
        return unit != null && unit.matches("(?i)(second|minute|hour|day|week|fortnight|month|year|decade|century)s?( .*)?");
    }
}
