package newsquiz.progress;

import java.util.Objects;
import newsquiz.bank.Question;

/** A question as the store knows it: bank id, question id and content hash. */
public record QuestionRef(String bankId, String questionId, String contentHash) {
    public QuestionRef {
        Objects.requireNonNull(bankId, "bankId");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    public static QuestionRef of(String bankId, Question q) {
        return new QuestionRef(bankId, q.id(), QuestionHash.of(q));
    }
}
