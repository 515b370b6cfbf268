package newsquiz.bank;

import java.util.List;
import java.util.Set;

/** Several right choices; {@code answers} holds their 0-based indexes. Scored with partial credit. */
public record MultipleSelect(QuestionInfo info, List<String> choices, Set<Integer> answers) implements Question {

    public MultipleSelect {
        choices = List.copyOf(choices);
        answers = Set.copyOf(answers);
    }

    @Override
    public QuestionType type() {
        return QuestionType.MULTIPLE_SELECT;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.multipleSelect(this);
    }
}
