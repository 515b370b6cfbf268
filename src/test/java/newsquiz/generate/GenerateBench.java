package newsquiz.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Used by scripts/bench-generate.sh: loads the models, then generates a bank for every file in a directory. */
public final class GenerateBench {

    private GenerateBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.sorted().toList();
        }
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        NlpModels models = NlpModels.shared();
        long t1 = System.nanoTime();
        long c1 = cpuNanos();
        Generator g = new Generator(models);
        int questions = 0;
        for (Path f : files) {
            SourceText src = ArticleReader.read(Files.readAllBytes(f), f.toString());
            questions += g.generate(src, "bench", Generator.Options.defaults(), x -> { }).bank().questions().size();
        }
        long t2 = System.nanoTime();
        System.out.println("load_ms " + (t1 - t0) / 1_000_000);
        System.out.println("load_cpu_ms " + (c1 - c0) / 1_000_000);
        System.out.println("generate_ms " + (t2 - t1) / 1_000_000);
        System.out.println("questions " + questions);
    }

    /** CPU time of the whole process (all threads): unlike wall time, not inflated by other load. */
    static long cpuNanos() {
        return java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime();
    }
}
