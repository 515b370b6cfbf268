package newsquiz.bank;

import java.util.List;

/**
 * Pair each left item with its right item (e.g. speaker to quotation). The bank lists the right
 * pairs; {@code distractors} are extra right-hand items that match nothing. Partial credit.
 */
public record Matching(QuestionInfo info, List<Pair> pairs, List<String> distractors) implements Question {

    public Matching {
        pairs = List.copyOf(pairs);
        distractors = distractors == null ? List.of() : List.copyOf(distractors);
    }

    public record Pair(String left, String right) {
    }

    @Override
    public QuestionType type() {
        return QuestionType.MATCHING;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.matching(this);
    }
}
