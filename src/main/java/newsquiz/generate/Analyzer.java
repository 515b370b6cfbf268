package newsquiz.generate;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits article text into sentences and POS-tagged tokens. Not thread-safe (the OpenNLP
 * tools keep state); make one per thread, they share the models.
 */
public final class Analyzer {

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    public Analyzer(NlpModels models) {
        this.sentences = new SentenceDetectorME(models.sentenceModel());
        this.tokenizer = new TokenizerME(models.tokenizerModel());
        this.tagger = new POSTaggerME(models.posModel());
    }

    public List<Sentence> analyze(String text) {
        List<Sentence> out = new ArrayList<>();
        // Paragraph breaks always end a sentence, even where a headline has no full stop.
        int paraStart = 0;
        while (paraStart < text.length()) {
            int paraEnd = text.indexOf("\n\n", paraStart);
            if (paraEnd < 0) {
                paraEnd = text.length();
            }
            String para = text.substring(paraStart, paraEnd);
            if (EditorsNote.is(para)) {
                paraStart = paraEnd + 2;
                continue; // "Correction: ...": about the article, not in it
            }
            int skip = Dateline.length(para); // "GENEVA, 21 June — ": not part of the first sentence
            String body = para.substring(skip);
            for (Span s : SentenceJoins.rejoin(body, sentences.sentPosDetect(body))) {
                addSentence(text, paraStart + skip + s.getStart(), paraStart + skip + s.getEnd(), out);
            }
            paraStart = paraEnd + 2;
        }
        return out;
    }

    private void addSentence(String text, int start, int end, List<Sentence> out) {
        // Single newlines inside a paragraph also separate lines such as headlines and bylines.
        int nl = text.indexOf('\n', start);
        if (nl >= 0 && nl < end) {
            addSentence(text, start, nl, out);
            addSentence(text, nl + 1, end, out);
            return;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start >= end || HeadingLine.is(text, start, end)) {
            return; // a headline, byline or dateline line is not a sentence to ask about
        }
        String sentence = text.substring(start, end);
        Span[] spans = tokenizer.tokenizePos(sentence);
        String[] words = Span.spansToStrings(spans, sentence);
        String[] tags = tagger.tag(words);
        List<Token> tokens = new ArrayList<>(words.length + 4);
        for (int i = 0; i < words.length; i++) {
            split(words[i], tags[i], start + spans[i].getStart(), i == words.length - 1, tokens);
        }
        out.add(new Sentence(out.size() + 1, start, end, sentence, tokens));
    }

    /**
     * The UD tokenizer keeps possessives ("Azerbaijan’s", tagged PROPN+PART) and sometimes a
     * sentence-final full stop ("Aliyev.") in one token; entity rules need them apart.
     */
    private static void split(String word, String tag, int at, boolean last, List<Token> out) {
        String base = tag.contains("+") ? tag.substring(0, tag.indexOf('+')) : tag;
        if (last && word.length() > 1 && word.endsWith(".") && word.indexOf('.') == word.length() - 1) {
            split(word.substring(0, word.length() - 1), tag, at, false, out);
            out.add(new Token(".", "PUNCT", at + word.length() - 1, at + word.length()));
            return;
        }
        if (word.length() > 2 && (word.endsWith("’s") || word.endsWith("'s"))) {
            out.add(new Token(word.substring(0, word.length() - 2), base, at, at + word.length() - 2));
            out.add(new Token(word.substring(word.length() - 2), "PART", at + word.length() - 2, at + word.length()));
            return;
        }
        out.add(new Token(word, tag, at, at + word.length()));
    }
}
