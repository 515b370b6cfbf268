package newsquiz.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The floor for scripts/bench-generate.sh: stock OpenNLP (its default settings, as the generator
 * used them before it was tuned) loading the three models one after the other, then only splitting,
 * tokenizing and tagging every file in a directory. No generator can be faster than this with the
 * stock settings.
 */
public final class NlpFloorBench {

    private NlpFloorBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.sorted().toList();
        }
        ClassLoader cl = NlpFloorBench.class.getClassLoader();
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        SentenceModel sm = new SentenceModel(cl.getResourceAsStream(NlpModels.SENTENCE_MODEL));
        TokenizerModel tm = new TokenizerModel(cl.getResourceAsStream(NlpModels.TOKEN_MODEL));
        POSModel pm = new POSModel(cl.getResourceAsStream(NlpModels.POS_MODEL));
        long t1 = System.nanoTime();
        long c1 = cpuNanos();
        SentenceDetectorME sd = new SentenceDetectorME(sm);
        TokenizerME tok = new TokenizerME(tm);
        POSTaggerME tagger = new POSTaggerME(pm);
        long tags = 0;
        for (Path f : files) {
            String text = Files.readString(f);
            for (Span s : sd.sentPosDetect(text)) {
                String sentence = text.substring(s.getStart(), s.getEnd());
                tags += tagger.tag(Span.spansToStrings(tok.tokenizePos(sentence), sentence)).length;
            }
        }
        long t2 = System.nanoTime();
        System.out.println("load_ms " + (t1 - t0) / 1_000_000);
        System.out.println("load_cpu_ms " + (c1 - c0) / 1_000_000);
        System.out.println("generate_ms " + (t2 - t1) / 1_000_000);
        System.out.println("tokens " + tags);
    }

    /** CPU time of the whole process (all threads): unlike wall time, not inflated by other load. */
    static long cpuNanos() {
        return java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime();
    }
}
