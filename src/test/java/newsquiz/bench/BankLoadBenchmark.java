package newsquiz.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import newsquiz.bank.BankJson;

/**
 * Loading and validating banks of 1k, 10k and 100k questions, next to a bare Jackson parse of
 * the same file (the floor any JSON bank loader stands on), measured in the same run.
 * Run with scripts/bench-bank.sh; prints a Markdown table of medians (min-max) in milliseconds.
 */
public final class BankLoadBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        Path dir = Files.createTempDirectory("newsquiz-bench");
        ObjectMapper mapper = new ObjectMapper();
        System.out.println("| questions | file size | newsquiz load+validate, ms | bare Jackson readTree, ms | per 1k questions, ms |");
        System.out.println("|---|---|---|---|---|");
        for (int size : new int[] {1_000, 10_000, 100_000}) {
            Path file = dir.resolve("bank-" + size + ".json");
            BankJson.writeFile(SyntheticBank.of(size), file);
            // warm-up, so the figures show steady-state cost rather than class loading
            for (int i = 0; i < 3; i++) {
                BankJson.read(file);
                mapper.readTree(file.toFile());
            }
            List<Double> ours = new ArrayList<>();
            List<Double> bare = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                int n = BankJson.read(file).questions().size();
                long t1 = System.nanoTime();
                mapper.readTree(file.toFile());
                long t2 = System.nanoTime();
                if (n != size) {
                    throw new AssertionError("read " + n + " of " + size);
                }
                ours.add((t1 - t0) / 1e6);
                bare.add((t2 - t1) / 1e6);
            }
            double median = median(ours);
            System.out.printf("| %,d | %.1f MB | %s | %s | %.2f |%n", size, Files.size(file) / 1048576.0, summary(ours),
                    summary(bare), median / (size / 1000.0));
            Files.delete(file);
        }
        Files.delete(dir);
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
