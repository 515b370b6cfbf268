package newsquiz.bank;

import java.util.List;

/** One right choice among several. {@code answer} is a 0-based index into {@code choices}. */
public record MultipleChoice(QuestionInfo info, List<String> choices, int answer) implements Question {

    public MultipleChoice {
        choices = List.copyOf(choices);
    }

    @Override
    public QuestionType type() {
        return QuestionType.MULTIPLE_CHOICE;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.multipleChoice(this);
    }
}
