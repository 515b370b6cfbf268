package newsquiz.bank;

/** A statement to judge true or false. */
public record TrueFalse(QuestionInfo info, boolean answer) implements Question {

    @Override
    public QuestionType type() {
        return QuestionType.TRUE_FALSE;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.trueFalse(this);
    }
}
