package newsquiz.bank;

/**
 * A number to type. Right when it lies in [min, max]; a bank gives either
 * {@code value} with an absolute {@code tolerance} (min = value - tolerance) or a {@code range}.
 *
 * @param value the answer shown to the learner
 * @param unit  optional, e.g. "months"; typed units are ignored when checking
 */
public record NumericQuestion(QuestionInfo info, double value, double min, double max, String unit)
        implements Question {

    @Override
    public QuestionType type() {
        return QuestionType.NUMERIC;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.numeric(this);
    }
}
