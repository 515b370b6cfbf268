package newsquiz.progress;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Benchmark of the progress store (not a unit test; run by {@code scripts/bench-progress.sh}).
 * For 1k, 10k and 50k question records it measures, each as the median of several runs:
 * <ul>
 *   <li>open: {@link ProgressStore#open} in a fresh JVM (cold, as the program starts), from
 *       progress.json as the store writes it; and then decoding every bank (what statistics or a
 *       review of all banks costs on top);</li>
 *   <li>record: {@link ProgressStore#recordAnswer} latency including fsync, p50 and p99 over 300 answers;</li>
 *   <li>rewrite: writing the whole progress.json atomically (what a full rewrite per answer would cost).</li>
 * </ul>
 * Usage: {@code ProgressBench [workDir] [runs]}.
 */
public final class ProgressBench {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T08:00:00Z"), ZoneOffset.UTC);

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--load-once")) {
            loadOnce(Path.of(args[1]));
            return;
        }
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench-progress");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Files.createDirectories(work);
        System.out.printf("progress store benchmark: %d runs each, medians; %s, %d CPUs, load average %.1f%n",
                runs, System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println();
        System.out.printf("%8s %8s %8s %9s %10s %11s %8s %8s %11s%n", "records", "file MB", "open ms", "open cpu",
                "decode ms", "decode cpu", "rec p50", "rec p99", "rewrite ms");
        for (int n : new int[] {1_000, 10_000, 50_000}) {
            Path dir = work.resolve("n" + n);
            prepare(dir, n);
            double mb = Files.size(dir.resolve(ProgressStore.FILE)) / 1e6;
            List<Double> open = new ArrayList<>();
            List<Double> decode = new ArrayList<>();
            List<Double> openCpu = new ArrayList<>();
            List<Double> decodeCpu = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                double[] t = coldLoad(dir);
                open.add(t[0]);
                decode.add(t[1]);
                openCpu.add(t[2]);
                decodeCpu.add(t[3]);
            }
            List<Double> p50 = new ArrayList<>();
            List<Double> p99 = new ArrayList<>();
            List<Double> rewrite = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                prepare(dir, n);
                double[] lat = recordLatencies(dir, 300, r);
                p50.add(percentile(lat, 50));
                p99.add(percentile(lat, 99));
                rewrite.add(rewriteMillis(dir));
            }
            System.out.printf("%8d %8.1f %8.0f %9.0f %10.0f %11.0f %8.2f %8.2f %11.0f%n", n, mb, median(open),
                    median(openCpu), median(decode), median(decodeCpu), median(p50), median(p99), median(rewrite));
        }
        System.out.println();
        System.out.println("open: ProgressStore.open in a fresh JVM (wall; cpu = that thread's CPU time);");
        System.out.println("decode: then decoding every bank (statistics, review of all banks), wall and CPU;");
        System.out.println("rec: recordAnswer incl. fsync (ms); rewrite: whole progress.json, atomic, incl. fsync.");
    }

    /** A data folder holding exactly a freshly written progress.json with {@code n} records. */
    static void prepare(Path dir, int n) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve(ProgressStore.FILE))) {
            ProgressJson.write(BenchData.generate(n, 42), CLOCK.instant(), new java.io.BufferedOutputStream(out));
        }
    }

    /** Runs {@link #loadOnce} in a new JVM; returns {open ms, decode ms, open CPU ms, decode CPU ms}. */
    static double[] coldLoad(Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The launcher's JVM flags (C1 only), so the figure is what ./newsquiz sees; -Dbench.childFlags= for none.
        List<String> command = new ArrayList<>(List.of(java));
        for (String flag : System.getProperty("bench.childFlags", "-XX:TieredStopAtLevel=1").split(" ")) {
            if (!flag.isBlank()) {
                command.add(flag);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ProgressBench.class.getName(),
                "--load-once", dir.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String last = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            for (String line; (line = r.readLine()) != null; ) {
                last = line;
            }
        }
        if (p.waitFor() != 0 || last == null || !last.startsWith("LOAD ")) {
            throw new IllegalStateException("load run failed: " + last);
        }
        String[] f = last.split(" ");
        return new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                Double.parseDouble(f[4])};
    }

    static void loadOnce(Path dir) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ProgressStore.OpenResult r = ProgressStore.open(dir, "default", CLOCK,
                ProgressStore.Options.DEFAULT.asReadOnly());
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        int records = 0;
        for (var bank : r.store().snapshot().banks().values()) {
            records += bank.size();
        }
        long t2 = System.nanoTime();
        long c2 = threads.getCurrentThreadCpuTime();
        r.store().close();
        if (!r.warnings().isEmpty() || records == 0) {
            throw new IllegalStateException("unexpected: " + r.warnings() + " records=" + records);
        }
        System.out.printf("LOAD %.1f %.1f %.1f %.1f%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, (c1 - c0) / 1e6,
                (c2 - c1) / 1e6);
    }

    /** Latencies (ms) of {@code count} recordAnswer calls on a store opened on {@code dir}. */
    static double[] recordLatencies(Path dir, int count, long seed) {
        ProgressStore.OpenResult r = ProgressStore.open(dir, "default", CLOCK);
        double[] lat = new double[count];
        Random random = new Random(seed);
        try (ProgressStore store = r.store()) {
            if (!store.isSaving()) {
                throw new IllegalStateException(store.status().message());
            }
            List<String> banks = new ArrayList<>(store.bankIds());
            Instant at = CLOCK.instant();
            for (int i = 0; i < count; i++) {
                String bank = banks.get(random.nextInt(banks.size()));
                String q = "q" + random.nextInt(200);
                at = at.plusSeconds(20);
                AnswerEvent e = new AnswerEvent(bank, q, "", List.of("energy"), "Baku", 1, random.nextBoolean(),
                        false, 5000, 8000, at, null);
                long t0 = System.nanoTime();
                store.recordAnswer(e);
                lat[i] = (System.nanoTime() - t0) / 1e6;
            }
            store.abandon(); // leave the journal; rewriteMillis measures the fold-in separately
        }
        return lat;
    }

    /** Opens (folding in the journal: a full atomic rewrite) and reports how long that rewrite took. */
    static double rewriteMillis(Path dir) {
        long t0 = System.nanoTime();
        ProgressStore.OpenResult r = ProgressStore.open(dir, "default", CLOCK);
        long t1 = System.nanoTime();
        r.store().close();
        if (Files.exists(dir.resolve(ProgressStore.JOURNAL))) {
            throw new IllegalStateException("journal not folded in");
        }
        // Open = read + replay + rewrite; subtract a plain read-only open to isolate the rewrite.
        long t2 = System.nanoTime();
        ProgressStore.open(dir, "default", CLOCK, ProgressStore.Options.DEFAULT.asReadOnly()).store().close();
        long t3 = System.nanoTime();
        return Math.max(0, ((t1 - t0) - (t3 - t2)) / 1e6);
    }

    static double percentile(double[] values, double pct) {
        double[] v = values.clone();
        Arrays.sort(v);
        int i = (int) Math.ceil(pct / 100 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, i))];
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private ProgressBench() {
    }
}
