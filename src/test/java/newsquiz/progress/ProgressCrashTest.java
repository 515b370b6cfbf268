package newsquiz.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
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
        for (int run = 0; run < runs; run++) {
            Path stderr = dir.resolve("child-" + run + ".err");
            // stdout goes to a file, not a pipe: when a child dies, the JDK drains its pipe on the reaper
            // thread while a reader may be blocked on it, and ACK lines were sometimes lost, failing the
            // "at most one unconfirmed answer" check though the store had done nothing wrong
            Path stdout = dir.resolve("child-" + run + ".out");
            Path data = dir.resolve("data");
            Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-cp", cp, CrashChild.class.getName(), data.toString())
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
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
                for (ChildOutput o = ChildOutput.read(stdout); p.isAlive() && System.nanoTime() < deadline
                        && (o.ready() < 0 || o.lastAck() < o.ready() + acks - 1); o = ChildOutput.read(stdout)) {
                    Thread.sleep(1);
                }
                if (random.nextBoolean()) {
                    Thread.sleep(random.nextInt(5)); // land inside a write or an fsync
                }
            }
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            ChildOutput output = ChildOutput.read(stdout); // all the child wrote: it is dead
            List<String> log = output.other();
            assertThat(log).as("child output, run %d, seed %d, stderr %s", run, seed,
                    Files.exists(stderr) ? Files.readString(stderr) : "").isEmpty();

            long acked = output.lastAck() + 1; // answers 0..lastAck were confirmed
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

    /** What the child printed so far: READY n, the last ACK n, and anything else (which is an error). */
    private record ChildOutput(long ready, long lastAck, List<String> other) {
        static ChildOutput read(Path file) throws IOException {
            long ready = -1;
            long lastAck = -1;
            List<String> other = new ArrayList<>();
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            int end = text.lastIndexOf('\n') + 1; // a line still being written is read next time
            for (String line : text.substring(0, end).split("\n")) {
                if (line.startsWith("ACK ")) {
                    lastAck = Long.parseLong(line.substring(4));
                } else if (line.startsWith("READY ")) {
                    ready = Long.parseLong(line.substring(6));
                } else if (!line.isEmpty()) {
                    other.add(line);
                }
            }
            return new ChildOutput(ready, lastAck, other);
        }
    }
}
