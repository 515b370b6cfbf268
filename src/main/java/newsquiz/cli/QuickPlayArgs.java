package newsquiz.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsquiz.engine.QuizMode;

/**
 * Reads the everyday {@code play} command lines ({@code ./newsquiz}, {@code --bank FILE -n 10
 * --mode exam}) without picocli, because picocli is what people wait for: its classes are built
 * for Java 5, which the JVM's class-data sharing cannot archive, so loading them costs about a
 * fifth of a second on every start (docs/PERFORMANCE.md).
 *
 * <p>It is deliberately timid: it only accepts arguments that picocli would read to the same
 * values and that {@link PlayCommand} would accept, and returns null for anything else (help,
 * unknown or repeated options, odd values, recorded exams), which then goes through picocli as
 * before, so errors and help are still picocli's. {@code QuickPlayArgsTest} checks the agreement.
 */
final class QuickPlayArgs {

    /** The longest digit string read as a number; longer ones could overflow, so picocli decides. */
    private static final int MAX_DIGITS = 9;

    private QuickPlayArgs() {
    }

    /** The command with its options set from {@code args}, or null when picocli should read them. */
    static PlayCommand parse(String[] args) {
        PlayCommand play = new PlayCommand();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            String canonical = "-n".equals(name) ? "--count" : name;
            if (!seen.add(canonical)) {
                return null; // picocli refuses a repeated option (or appends, for --topic)
            }
            if (isFlag(canonical)) {
                if (value != null || !setFlag(play, canonical)) {
                    return null;
                }
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    return null;
                }
                value = args[++i];
            }
            if (!plainValue(value) || !setValue(play, canonical, value)) {
                return null;
            }
        }
        // A recorded exam writes a result file through picocli's error reporting; leave it to picocli.
        boolean recordedExam = play.profile != null && (play.exam || play.mode == QuizMode.EXAM);
        return recordedExam ? null : play;
    }

    private static boolean isFlag(String name) {
        return switch (name) {
            case "--no-shuffle", "--exam", "--plain", "--ascii", "--no-time-scoring", "--no-streaks" -> true;
            default -> false;
        };
    }

    private static boolean setFlag(PlayCommand play, String name) {
        switch (name) {
            case "--no-shuffle" -> play.noShuffle = true;
            case "--exam" -> play.exam = true;
            case "--plain" -> play.plain = true;
            case "--ascii" -> play.ascii = true;
            case "--no-time-scoring" -> play.noTimeScoring = true;
            case "--no-streaks" -> play.noStreaks = true;
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Sets one option's value; false when the option or its value is not one this reader takes. */
    private static boolean setValue(PlayCommand play, String name, String value) {
        switch (name) {
            case "--bank" -> play.bank = Path.of(value);
            case "--data" -> play.data = Path.of(value);
            case "--profile" -> play.profile = value;
            case "--count" -> {
                if (!digits(value)) {
                    return false;
                }
                play.count = Integer.parseInt(value);
            }
            case "--seed" -> {
                if (!digits(value)) {
                    return false;
                }
                play.seed = Long.parseLong(value);
            }
            case "--mode" -> {
                QuizMode mode = mode(value);
                if (mode == null) {
                    return false;
                }
                play.mode = mode;
            }
            case "--topic" -> {
                List<String> topics = topics(value);
                if (topics == null) {
                    return false;
                }
                play.topics = topics;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A value picocli could take for an option name, or split oddly, is left to picocli. */
    private static boolean plainValue(String value) {
        return !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@") && value.strip().equals(value);
    }

    private static boolean digits(String value) {
        if (value.length() > MAX_DIGITS) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static QuizMode mode(String value) {
        for (QuizMode m : QuizMode.values()) {
            if (m.name().equalsIgnoreCase(value)) { // as picocli matches, told to ignore case
                return m;
            }
        }
        return null;
    }

    private static List<String> topics(String value) {
        List<String> topics = new ArrayList<>();
        for (String t : value.split(",", -1)) {
            if (t.isEmpty()) {
                return null;
            }
            topics.add(t);
        }
        return topics;
    }
}
