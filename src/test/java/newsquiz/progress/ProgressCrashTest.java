package newsquiz.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that is recording answers ({@link CrashChild}) with SIGKILL at random moments,
 * {@code newsquiz.crash.runs} times (default 50), and checks after each kill that the progress
 * loads cleanly and holds every answer whose {@code recordAnswer} had returned: no loss, no
 * duplicates, nothing but the one answer that may have been in flight. Some kills land while the
 * child starts and folds the previous journal into progress.json, which tests that rewrite too.
 * Tagged {@code crash} (exclude with {@code -DexcludedGroups=crash}); about 30-60 s.
 */
@Tag("crash")
class ProgressCrashTest {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedAnswerSurvivesSigkill() throws Exception {
        int runs = Integer.getInteger("newsquiz.crash.runs", 50);
        long seed = Long.getLong("newsquiz.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        long saved = 0;
        List<String> log = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path stderr = dir.resolve("child-" + run + ".err");
            Path data = dir.resolve("data");
            Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-cp", cp, CrashChild.class.getName(), data.toString())
                    .redirectError(stderr.toFile()).start();
            AtomicLong lastAck = new AtomicLong(-1);
            AtomicLong ready = new AtomicLong(-1);
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.startsWith("ACK ")) {
                            lastAck.set(Long.parseLong(line.substring(4)));
                        } else if (line.startsWith("READY ")) {
                            ready.set(Long.parseLong(line.substring(6)));
                        } else {
                            log.add(line);
                        }
                    }
                } catch (Exception ignored) {
                    // the stream ends when the child is killed
                }
            });
            reader.start();
            String how;
            if (random.nextInt(10) < 3) {
                // Anywhere from JVM start through opening (and folding in the last journal) to answering.
                long delay = random.nextInt(700);
                how = "after " + delay + " ms";
                Thread.sleep(delay);
            } else {
                long acks = 1 + random.nextInt(60);
                how = "after " + acks + " acks";
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (p.isAlive() && System.nanoTime() < deadline
                        && (ready.get() < 0 || lastAck.get() < ready.get() + acks - 1)) {
                    Thread.sleep(1);
                }
                if (random.nextBoolean()) {
                    Thread.sleep(random.nextInt(5)); // land inside a write or an fsync
                }
            }
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(5000);
            assertThat(log).as("child output, run %d, seed %d, stderr %s", run, seed,
                    Files.exists(stderr) ? Files.readString(stderr) : "").isEmpty();

            long acked = lastAck.get() + 1; // answers 0..lastAck were confirmed
            ProgressStore.OpenResult r = ProgressStore.open(data, "default",
                    Clock.fixed(CrashChild.BASE, ZoneOffset.UTC), ProgressStore.Options.DEFAULT.asReadOnly());
            TreeSet<Long> present = new TreeSet<>();
            int entries = 0;
            try (ProgressStore store = r.store()) {
                assertThat(r.warnings()).as("run %d (%s), seed %d", run, how, seed).isEmpty();
                for (Map<String, QuestionRecord> bank : store.snapshot().banks().values()) {
                    for (QuestionRecord q : bank.values()) {
                        for (ReviewEntry e : q.log()) {
                            present.add(e.at().getEpochSecond() - CrashChild.BASE.getEpochSecond());
                            entries++;
                        }
                    }
                }
            }
            long count = present.size();
            assertThat(entries).as("duplicates, run %d, seed %d", run, seed).isEqualTo(present.size());
            assertThat(count).as("run %d (%s), seed %d: saved %d, acked up to %d", run, how, seed, count, acked)
                    .isGreaterThanOrEqualTo(Math.max(acked, saved));
            assertThat(count).as("at most one unconfirmed answer, run %d, seed %d", run, seed)
                    .isLessThanOrEqualTo(Math.max(acked, saved) + 1);
            if (count > 0) {
                assertThat(present.first()).isZero();
                assertThat(present.last()).as("no gaps, run %d, seed %d", run, seed).isEqualTo(count - 1);
            }
            saved = count;
        }
        assertThat(saved).as("the kills should land after some answers, seed %d", seed).isGreaterThan(runs);
        // Finally a normal open and close: the data folder is clean.
        ProgressStore.OpenResult last = ProgressStore.open(dir.resolve("data"), "default",
                Clock.fixed(CrashChild.BASE, ZoneOffset.UTC));
        assertThat(last.warnings()).isEmpty();
        last.store().close();
        try (var files = Files.list(dir.resolve("data"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsOnly("progress.json", "progress.json.bak", "progress.lock");
        }
        assertThat(new File(cp.split(File.pathSeparator)[0])).exists();
    }
}
