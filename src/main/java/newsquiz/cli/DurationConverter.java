package newsquiz.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads durations the way people write them: {@code 90s}, {@code 15m}, {@code 1h30m}, or plain seconds. */
public final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern PART = Pattern.compile("(\\d+)([hms])");

    @Override
    public Duration convert(String value) {
        String v = value.strip().toLowerCase();
        if (v.matches("\\d+")) {
            return positive(Duration.ofSeconds(Long.parseLong(v)), value);
        }
        if (!v.matches("(\\d+[hms])+")) {
            throw new TypeConversionException("'" + value + "' is not a duration (e.g. 90s, 15m, 1h30m)");
        }
        Duration d = Duration.ZERO;
        Matcher m = PART.matcher(v);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            d = d.plus(switch (m.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            });
        }
        return positive(d, value);
    }

    private static Duration positive(Duration d, String value) {
        if (d.isZero()) {
            throw new TypeConversionException("'" + value + "' is zero; give a time above 0");
        }
        return d;
    }
}
