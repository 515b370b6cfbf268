package newsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** What the generator's rule tests do with a short text invented for them: analyse it, build, check. */
final class InventedText {

    private InventedText() {
    }

    /** The text's facts, through the same models and extractor as {@code newsquiz generate}. */
    static Facts analyse(String text) {
        return FactExtractor.extract(text, new Analyzer(NlpModels.shared()).analyze(text));
    }

    /** What {@code builders} make of {@code f} (seed 1) that the generator's item checks let through. */
    static List<Candidate> passing(Facts f, QuestionBuilder... builders) {
        List<Candidate> out = new ArrayList<>();
        for (QuestionBuilder b : builders) {
            for (Candidate c : b.build(f, new Random(1))) {
                if (ItemChecks.problem(c, f) == null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Whether a stem made of the sentence's main clause (as stems are cut) has a pronoun that points nowhere. */
    static boolean danglingInStem(String sentence) {
        Facts f = analyse(sentence);
        Sentence s = f.sentences().get(0);
        return Wording.danglingPronoun(f, s, Wording.clauseStart(s), s.tokens().size());
    }

    /** A cloze candidate with {@code prompt} as its stem, for checks that read only the stem and key. */
    static Candidate cloze(int sentence, String prompt, String key) {
        return new Candidate(newsquiz.bank.QuestionType.CLOZE, sentence, prompt, "", key, List.of(key), 1.0, "t", null);
    }

    /** A number question with {@code prompt} as its stem and {@code key} as its answer, as {@link #cloze} makes gap-fills. */
    static Candidate numeric(int sentence, String prompt, String key) {
        return new Candidate(newsquiz.bank.QuestionType.NUMERIC, sentence, prompt, "", key, List.of(), 1.0,
                "number:" + sentence + ":0", null);
    }

    static Candidate cloze(int sentence, String prompt) {
        return cloze(sentence, prompt, "x");
    }
}
