package newsquiz.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import newsquiz.bank.BankJson;

/**
 * Loading and validating banks of 1k, 10k and 100k questions, next to two floors measured in the
 * same run on the same file: a bare Jackson tree parse (readTree) and a bare pass over Jackson's
 * token stream that decodes every string (what any tree-less reader must at least do).
 * Run with scripts/bench-bank.sh; prints a Markdown table of medians (min-max) in milliseconds,
 * wall-clock, plus the mean process CPU time of the newsquiz load (all threads: GC and JIT
 * included), which a busy shared machine disturbs much less than wall-clock time.
 */
public final class BankLoadBenchmark {

    /** Warm-up reads this many questions per size (at least 3 runs), so small banks are measured hot too. */
    private static final int WARM_UP_QUESTIONS = 300_000;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("%d processors, Java %s (%s), load average %.2f at start%n%n", os.getAvailableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), os.getSystemLoadAverage());
        Path dir = Files.createTempDirectory("newsquiz-bench");
        ObjectMapper mapper = new ObjectMapper();
        JsonFactory factory = new JsonFactory();
        System.out.println("| questions | file size | newsquiz load+validate, ms | its process CPU (mean), ms "
                + "| bare Jackson readTree, ms | Jackson tokens+strings, ms | per 1k questions, ms |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int size : new int[] {1_000, 10_000, 100_000}) {
            Path file = dir.resolve("bank-" + size + ".json");
            BankJson.writeFile(SyntheticBank.of(size), file);
            for (int i = 0; i < Math.max(3, WARM_UP_QUESTIONS / size); i++) {
                BankJson.read(file);
                mapper.readTree(file.toFile());
                tokens(factory, file);
            }
            List<Double> ours = new ArrayList<>();
            List<Double> tree = new ArrayList<>();
            List<Double> stream = new ArrayList<>();
            long cpuNanos = 0;
            for (int i = 0; i < runs; i++) {
                // Each measurement starts on a clean heap: the previous run's results are garbage
                // and would otherwise be collected on the next run's time.
                System.gc();
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                int n = BankJson.read(file).questions().size();
                long t1 = System.nanoTime();
                cpuNanos += os.getProcessCpuTime() - c0;
                if (n != size) {
                    throw new AssertionError("read " + n + " of " + size);
                }
                System.gc();
                long t2 = System.nanoTime();
                mapper.readTree(file.toFile());
                long t3 = System.nanoTime();
                System.gc();
                long t4 = System.nanoTime();
                tokens(factory, file);
                long t5 = System.nanoTime();
                ours.add((t1 - t0) / 1e6);
                tree.add((t3 - t2) / 1e6);
                stream.add((t5 - t4) / 1e6);
            }
            System.out.printf("| %,d | %.1f MB | %s | %.0f | %s | %s | %.2f |%n", size, Files.size(file) / 1048576.0,
                    summary(ours), cpuNanos / 1e6 / runs, summary(tree), summary(stream), median(ours) / (size / 1000.0));
            Files.delete(file);
        }
        Files.delete(dir);
        System.out.printf("%nload average %.2f at end%n", os.getSystemLoadAverage());
    }

    /** Every token, every string decoded and kept, as a reader that keeps the text must do. */
    private static List<String> tokens(JsonFactory factory, Path file) throws Exception {
        List<String> kept = new ArrayList<>();
        try (JsonParser p = factory.createParser(file.toFile())) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    kept.add(p.getText());
                }
            }
        }
        return kept;
    }

    static String summary(List<Double> xs) {
        return String.format("%.1f (%.1f-%.1f)", median(xs), Collections.min(xs), Collections.max(xs));
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
