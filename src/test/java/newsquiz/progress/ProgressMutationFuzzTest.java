package newsquiz.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import newsquiz.bank.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random damage to a real progress file (byte flips, cuts, splices) must never make opening
 * throw, and must never lose the damaged bytes: either the store reads it, or the file is
 * moved aside intact (or left alone) and the learner is told.
 */
class ProgressMutationFuzzTest {

    private static final int RUNS = 300;
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void damagedProgressFilesNeverThrowAndNeverVanish() throws Exception {
        Path origin = dir.resolve("origin");
        Files.createDirectories(origin);
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        List<Question> qs = Fixtures.questions(12);
        ProgressStore store = ProgressStore.open(origin, "ann", clock).store();
        for (int i = 0; i < qs.size(); i++) {
            store.recordAnswer(i % 3 == 0 ? Fixtures.wrong(qs.get(i), T0.plusSeconds(i)) : Fixtures.right(qs.get(i), T0.plusSeconds(i)));
        }
        store.close();
        byte[] valid = Files.readAllBytes(origin.resolve(ProgressStore.FILE));

        Random random = new Random(7);
        int read = 0;
        int refused = 0;
        for (int run = 0; run < RUNS; run++) {
            Path data = dir.resolve("run" + run);
            Files.createDirectories(data);
            byte[] damaged = newsquiz.robust.Mutations.mutate(valid, random, 1 + random.nextInt(3));
            Files.write(data.resolve(ProgressStore.FILE), damaged);
            ProgressStore.OpenResult opened;
            try {
                opened = ProgressStore.open(data, "ann", clock);
            } catch (RuntimeException e) {
                fail("run " + run + ": open threw " + e);
                return;
            }
            opened.store().close();
            if (opened.recovery() == ProgressStore.Recovery.NONE) {
                read++;
            } else {
                refused++;
                assertThat(opened.warnings()).as("run %d tells the learner", run).isNotEmpty();
                assertThat(containsFileWith(data, damaged)).as("run %d keeps the damaged bytes somewhere", run).isTrue();
            }
        }
        assertThat(read + refused).isEqualTo(RUNS);
        assertThat(refused).isPositive();
    }

    private static boolean containsFileWith(Path folder, byte[] content) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).anyMatch(f -> {
                try {
                    return Arrays.equals(Files.readAllBytes(f), content);
                } catch (Exception e) {
                    return false;
                }
            });
        }
    }
}
