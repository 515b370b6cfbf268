package newsquiz.generate;

import java.util.List;
import java.util.function.Function;

import newsquiz.bank.Question;
import newsquiz.bank.QuestionInfo;
import newsquiz.bank.QuestionType;

/**
 * A question the generator could ask, before filtering and ranking. {@code build} makes the bank
 * question once the id and provenance are known.
 *
 * @param answer  the key as text (checked against the stem for giveaways); null for true/false
 * @param options every option shown, the key included (checked for duplicates and length)
 * @param factKey identifies the fact asked about: two candidates with the same key are duplicates
 */
record Candidate(QuestionType type, int sentence, String prompt, String explanation, String answer,
        List<String> options, double score, String factKey, Function<QuestionInfo, Question> build) {

    Candidate {
        options = List.copyOf(options);
    }

    Candidate withScore(double newScore) {
        return new Candidate(type, sentence, prompt, explanation, answer, options, newScore, factKey, build);
    }
}
