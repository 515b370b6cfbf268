package newsquiz.generate;

/**
 * Used by scripts/bench-model-load.sh: one fresh JVM loads the three OpenNLP models the way
 * {@code newsquiz generate} does ({@link NlpModels#load}, in parallel; with the argument
 * {@code sequential}, one model after the other on one thread) and prints the wall and CPU time of that
 * alone, and the time since the JVM started, so the script can set it beside a bare JVM.
 */
public final class ModelLoadBench {

    private ModelLoadBench() {
    }

    public static void main(String[] args) {
        long c0 = GenerateBench.cpuNanos();
        long t0 = System.nanoTime();
        NlpModels models = args.length > 0 && args[0].equals("sequential") ? NlpModels.load(false) : NlpModels.load();
        long t1 = System.nanoTime();
        long c1 = GenerateBench.cpuNanos();
        if (models.posModel() == null) {
            throw new IllegalStateException("no POS model");
        }
        long sinceStart = System.currentTimeMillis()
                - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("load_ms " + (t1 - t0) / 1_000_000);
        System.out.println("load_cpu_ms " + (c1 - c0) / 1_000_000);
        System.out.println("since_start_ms " + sinceStart);
    }
}
