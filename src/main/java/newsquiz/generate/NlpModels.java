package newsquiz.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The three OpenNLP English models (UD English-EWT), read once from the model jars on the
 * classpath. Never use OpenNLP's {@code new POSTaggerME("en")} style constructors: they download
 * models at run time, and newsquiz must work offline.
 */
public final class NlpModels {

    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceModel sentences;
    private final TokenizerModel tokens;
    private final POSModel pos;

    private NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos) {
        this.sentences = sentences;
        this.tokens = tokens;
        this.pos = pos;
    }

    /** The models are immutable and thread-safe, so one copy serves the whole process. */
    public static NlpModels shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final NlpModels INSTANCE = load();
    }

    /**
     * Reads the three models in parallel (the POS model takes longest; with two cores the other two
     * load beside it). The tokenizer skips plain alphanumeric runs (see {@link #alphaNumeric}). The POS tagger decodes greedily (beam 1) instead of OpenNLP's default beam of
     * 3: on the fixture articles and the seed article the tags are identical, and tagging takes about
     * half the time.
     */
    static NlpModels load() {
        return load(true);
    }

    /**
     * {@code parallel} false reads the three one after the other on the calling thread. At load
     * averages of 6-10 on 2 cores that was never slower (10-130 ms faster, scripts/bench-model-load.sh);
     * it has not been measured on a quiet machine, where the threads have cores to run on, so
     * {@link #load()} stays parallel.
     */
    static NlpModels load(boolean parallel) {
        java.util.concurrent.ExecutorService pool = parallel ? java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "nlp-model-loader");
            t.setDaemon(true);
            return t;
        }) : new CallerRuns();
        try {
            java.util.concurrent.Future<POSModel> pos = pool.submit(() -> greedy(new POSModel(open(POS_MODEL))));
            java.util.concurrent.Future<TokenizerModel> tokens = pool.submit(() -> alphaNumeric(new TokenizerModel(open(TOKEN_MODEL))));
            SentenceModel sentences = new SentenceModel(open(SENTENCE_MODEL));
            return new NlpModels(sentences, tokens.get(), pos.get());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model: " + e.getMessage(), e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw new UncheckedIOException("cannot read OpenNLP model: " + cause.getMessage(), (IOException) cause);
            }
            throw new IllegalStateException("cannot read OpenNLP model: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the OpenNLP models", e);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The same tokenizer model with OpenNLP's alphanumeric shortcut on: a run of plain letters and
     * digits ("Wellington", "2024") is one token without asking the model about each character. On
     * the fixture, holdout and seed articles the tokens are identical and tokenizing is 3-4 times
     * faster. (A word such as "cannot", which UD would split, stays whole.)
     */
    private static TokenizerModel alphaNumeric(TokenizerModel model) {
        opennlp.tools.tokenize.TokenizerFactory f = model.getFactory();
        if (f.isUseAlphaNumericOptimization()) {
            return model;
        }
        return new TokenizerModel(model.getMaxentModel(), null, new opennlp.tools.tokenize.TokenizerFactory(
                f.getLanguageCode(), f.getAbbreviationDictionary(), true, f.getAlphaNumericPattern()));
    }

    /**
     * The same maximum-entropy model, decoded with a beam of 1. The beam size is read from the
     * model's manifest whenever a tagger is made, so setting it there is enough (rebuilding the
     * model instead costs 50-100 ms of validation).
     */
    private static POSModel greedy(POSModel model) {
        java.util.Properties manifest = model.getArtifact("manifest.properties");
        if (manifest != null) {
            manifest.setProperty(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, "1");
            return model;
        }
        opennlp.tools.ml.model.MaxentModel maxent = model.getArtifact("pos.model");
        if (maxent == null) {
            return model; // not a maxent model: keep OpenNLP's own decoding
        }
        return new POSModel(model.getLanguage(), maxent, 1, null, model.getFactory());
    }

    /** Runs each task on the calling thread as it is submitted. */
    private static final class CallerRuns extends java.util.concurrent.AbstractExecutorService {
        private boolean shutdown;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public java.util.List<Runnable> shutdownNow() {
            shutdown = true;
            return java.util.List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, java.util.concurrent.TimeUnit unit) {
            return true;
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath (is the opennlp-models jar missing?)");
        }
        return in;
    }

    SentenceModel sentenceModel() {
        return sentences;
    }

    TokenizerModel tokenizerModel() {
        return tokens;
    }

    POSModel posModel() {
        return pos;
    }
}
