package newsquiz.bank;

import java.util.List;

/** Put {@code items} in order; the bank lists them in the right order and the quiz shuffles them. */
public record Ordering(QuestionInfo info, List<String> items) implements Question {

    public Ordering {
        items = List.copyOf(items);
    }

    @Override
    public QuestionType type() {
        return QuestionType.ORDERING;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.ordering(this);
    }
}
