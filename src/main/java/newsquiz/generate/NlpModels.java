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

    static NlpModels load() {
        try {
            return new NlpModels(new SentenceModel(open(SENTENCE_MODEL)), new TokenizerModel(open(TOKEN_MODEL)),
                    new POSModel(open(POS_MODEL)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model: " + e.getMessage(), e);
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
