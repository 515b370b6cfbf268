package newsquiz.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import newsquiz.bank.BankException;
import newsquiz.bank.BankJson;
import org.junit.jupiter.api.Test;

/**
 * Random mutations of a valid bank (byte flips, deletions, duplications, truncations, splices of
 * JSON punctuation) must give either a loaded bank or a {@link BankException} with one-line
 * problems: never another exception, never a hang.
 */
class BankMutationFuzzTest {

    private static final int RUNS = 3_000;
    private static final byte[] JSON_BITS = "{}[],:\"\\0-1e9truefalsenull \n\u00e9".getBytes(StandardCharsets.UTF_8);

    @Test
    void mutatedBanksLoadOrFailWithAClearMessage() throws Exception {
        byte[] valid = Files.readAllBytes(Path.of("src/test/resources/banks/tiny.json"));
        Random random = new Random(20261128);
        int loaded = 0;
        int refused = 0;
        long start = System.nanoTime();
        for (int run = 0; run < RUNS; run++) {
            byte[] mutated = mutate(valid, random, 1 + random.nextInt(4));
            String json = new String(mutated, StandardCharsets.UTF_8);
            try {
                BankJson.parse(json, "fuzz.json");
                loaded++;
            } catch (BankException e) {
                refused++;
                assertThat(e.problems()).allSatisfy(p -> {
                    assertThat(p).startsWith("fuzz.json").doesNotContain("\n");
                });
            } catch (RuntimeException e) {
                fail("run " + run + " threw " + e + " for input:\n" + json);
            }
        }
        assertThat(loaded + refused).isEqualTo(RUNS);
        assertThat(refused).isGreaterThan(RUNS / 2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(1));
    }

    static byte[] mutate(byte[] input, Random random, int times) {
        byte[] b = input.clone();
        for (int t = 0; t < times; t++) {
            int at = random.nextInt(Math.max(1, b.length));
            switch (random.nextInt(5)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b = splice(b, at, Math.min(b.length, at + 1 + random.nextInt(20)), new byte[0]);
                case 2 -> b = splice(b, at, at, new byte[] {JSON_BITS[random.nextInt(JSON_BITS.length)]});
                case 3 -> b = java.util.Arrays.copyOf(b, at);
                default -> {
                    int from = random.nextInt(Math.max(1, b.length));
                    int len = Math.min(b.length - from, random.nextInt(60));
                    b = splice(b, at, at, java.util.Arrays.copyOfRange(b, from, from + len));
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }
}
