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

    @Test
    void mutatedBanksLoadOrFailWithAClearMessage() throws Exception {
        byte[] valid = Files.readAllBytes(Path.of("src/test/resources/banks/tiny.json"));
        Random random = new Random(20261128);
        int loaded = 0;
        int refused = 0;
        long start = System.nanoTime();
        for (int run = 0; run < RUNS; run++) {
            byte[] mutated = Mutations.mutate(valid, random, 1 + random.nextInt(4));
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
}
