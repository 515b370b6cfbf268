package newsquiz.bank.formats;

import java.util.regex.Pattern;

/**
 * A numeric answer as GIFT writes it: {@code 1822}, {@code 1822:2} (value and tolerance) or
 * {@code 1..5} (range). {@code text} is the answer as written, so an export writes it the same way.
 */
record NumericSpec(String text, double value, double min, double max) {

    private static final Pattern NUMBER =
            Pattern.compile("[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]{1,3})?");

    /** The spec, or null when {@code text} is not one (e.g. {@code *}, "any other answer"). */
    static NumericSpec parse(String text) {
        try {
            return read(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** @throws IllegalArgumentException with a message fit for a user */
    static NumericSpec read(String text) {
        String spec = text.strip();
        int dots = spec.indexOf("..");
        if (dots > 0) {
            double min = number(spec.substring(0, dots));
            double max = number(spec.substring(dots + 2));
            if (min > max) {
                throw new IllegalArgumentException("range " + spec + " has its minimum above its maximum");
            }
            return new NumericSpec(spec, min + (max - min) / 2, min, max);
        }
        int colon = spec.indexOf(':');
        if (colon > 0) {
            double value = number(spec.substring(0, colon));
            double tolerance = number(spec.substring(colon + 1));
            if (tolerance < 0) {
                throw new IllegalArgumentException("tolerance in " + spec + " is negative");
            }
            double min = value - tolerance;
            double max = value + tolerance;
            if (Double.isInfinite(min) || Double.isInfinite(max)) {
                throw new IllegalArgumentException("'" + spec + "' is too large");
            }
            return new NumericSpec(spec, value, min, max);
        }
        double value = number(spec);
        return new NumericSpec(spec, value, value, value);
    }

    private static double number(String text) {
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            throw new IllegalArgumentException("'" + t + "' is not a number (write numeric answers as 1822, "
                    + "3.14:0.01 or 1..5)");
        }
        double d = Double.parseDouble(t);
        if (Double.isInfinite(d)) {
            throw new IllegalArgumentException("'" + t + "' is too large");
        }
        return d;
    }
}
