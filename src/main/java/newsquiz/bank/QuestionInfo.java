package newsquiz.bank;

import java.util.List;
import java.util.Objects;

/**
 * What every question has, whatever its type: identity, wording, and metadata used for
 * selection and scoring. Kept in one record so each type record only adds what makes it different.
 *
 * @param points     the weight of the question in a score (default 1)
 * @param hint       optional; null when the bank gives none
 * @param provenance optional; where in a source article a generated question came from
 * @param answerDetails optional per-answer credit and feedback (from GIFT and similar formats);
 *                      empty for most questions
 */
public record QuestionInfo(
        String id,
        String prompt,
        String explanation,
        List<String> topics,
        int difficulty,
        double points,
        String hint,
        Provenance provenance,
        List<AnswerDetail> answerDetails) {

    public QuestionInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        explanation = explanation == null ? "" : explanation;
        topics = topics == null ? List.of() : List.copyOf(topics);
        answerDetails = answerDetails == null ? List.of() : List.copyOf(answerDetails);
    }

    /** A question without per-answer details (the usual case). */
    public QuestionInfo(String id, String prompt, String explanation, List<String> topics, int difficulty,
            double points, String hint, Provenance provenance) {
        this(id, prompt, explanation, topics, difficulty, points, hint, provenance, List.of());
    }

    public QuestionInfo withPrompt(String newPrompt) {
        return new QuestionInfo(id, newPrompt, explanation, topics, difficulty, points, hint, provenance,
                answerDetails);
    }

    public QuestionInfo withExplanation(String newExplanation) {
        return new QuestionInfo(id, prompt, newExplanation, topics, difficulty, points, hint, provenance,
                answerDetails);
    }

    public QuestionInfo withAnswerDetails(List<AnswerDetail> newDetails) {
        return new QuestionInfo(id, prompt, explanation, topics, difficulty, points, hint, provenance, newDetails);
    }
}
