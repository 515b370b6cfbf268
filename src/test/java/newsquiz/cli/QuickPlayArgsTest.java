package newsquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The quick reader of play's command line must never disagree with picocli: whatever it accepts,
 * picocli reads to the same option values and play's own checks accept; all else it leaves alone.
 */
class QuickPlayArgsTest {

    @Test
    void readsTheEverydayCommandLines() {
        for (String[] args : List.of(
                new String[] {},
                new String[] {"--bank", "questions/us-azerbaijan-charter.json", "--no-shuffle"},
                new String[] {"-n", "10", "--mode", "exam", "--seed", "42"},
                new String[] {"--bank=x.json", "--count=5", "--mode=Speed", "--no-streaks", "--no-time-scoring"},
                new String[] {"--plain", "--ascii", "--profile", "amy", "--data", "/tmp/d", "--topic", "energy,peace"},
                new String[] {"--exam"})) {
            assertThat(QuickPlayArgs.parse(args)).as(Arrays.toString(args)).isNotNull();
            assertSameAsPicocli(args);
        }
    }

    @Test
    void leavesHelpErrorsAndRareOptionsToPicocli() {
        for (String[] args : List.of(
                new String[] {"--help"},
                new String[] {"-h"},
                new String[] {"--colour"},
                new String[] {"--bank"},
                new String[] {"--bank", "a.json", "--bank", "b.json"},
                new String[] {"--count", "-1"},
                new String[] {"-n5"},
                new String[] {"--count", "ten"},
                new String[] {"--count", "99999999999"},
                new String[] {"--mode", "quiz"},
                new String[] {"--topic", "a,,b"},
                new String[] {"--plain=true"},
                new String[] {"--bank", "--plain"},
                new String[] {"@args.txt"},
                new String[] {"--time-limit", "15m", "--exam"},
                new String[] {"--difficulty", "1"},
                new String[] {"--resume", "r.json"},
                new String[] {"--profile", "amy", "--exam"},
                new String[] {"--profile", "amy", "--mode", "EXAM"},
                new String[] {"extra"})) {
            assertThat(QuickPlayArgs.parse(args)).as(Arrays.toString(args)).isNull();
        }
    }

    /** Random command lines from play's options and awkward values: every one read must match picocli. */
    @Test
    void agreesWithPicocliOnRandomCommandLines() {
        String[] names = {"--bank", "--data", "--profile", "--count", "-n", "--seed", "--mode", "--topic", "--no-shuffle",
            "--exam", "--plain", "--ascii", "--no-time-scoring", "--no-streaks", "--difficulty", "--time-limit",
            "--per-question", "--negative-marking", "--resume", "--help", "--", "-x"};
        String[] values = {"5", "0", "007", "1234567890", "exam", "EXAM", "Speed", "practice", "x", "a,b", "a,,b", "-3",
            "--plain", "15m", "questions/x.json", "", " padded", "@file", "ſpeed", "2"};
        Random random = new Random(20261128);
        int accepted = 0;
        for (int n = 0; n < 20_000; n++) {
            List<String> args = new ArrayList<>();
            int length = random.nextInt(7);
            for (int i = 0; i < length; i++) {
                boolean option = random.nextInt(3) > 0;
                String token = option ? names[random.nextInt(names.length)] : values[random.nextInt(values.length)];
                if (option && random.nextInt(6) == 0) {
                    token += "=" + values[random.nextInt(values.length)];
                }
                args.add(token);
            }
            String[] argv = args.toArray(String[]::new);
            if (QuickPlayArgs.parse(argv) != null) {
                accepted++;
                assertSameAsPicocli(argv);
            }
        }
        // Not a vacuous check: a fair share of the random lines are ones the quick reader takes.
        assertThat(accepted).isGreaterThan(1_000);
    }

    private static void assertSameAsPicocli(String[] args) {
        PlayCommand quick = QuickPlayArgs.parse(args);
        PlayCommand picocli = new PlayCommand();
        CommandLine cli = Main.playCommandLine(picocli);
        assertThatCode(() -> cli.parseArgs(args)).as(Arrays.toString(args)).doesNotThrowAnyException();
        assertThatCode(picocli::validateOptions).as(Arrays.toString(args)).doesNotThrowAnyException();
        assertThat(options(quick)).as(Arrays.toString(args)).isEqualTo(options(picocli));
    }

    /** Every {@code @Option} field of the command by name, so an option added later is compared too. */
    private static Map<String, Object> options(PlayCommand command) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field f : PlayCommand.class.getDeclaredFields()) {
            if (f.isAnnotationPresent(Option.class)) {
                try {
                    f.setAccessible(true);
                    values.put(f.getName(), f.get(command));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        assertThat(values).hasSizeGreaterThan(15);
        return values;
    }
}
