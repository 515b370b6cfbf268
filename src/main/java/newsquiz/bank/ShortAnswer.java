package newsquiz.bank;

import java.util.List;

/**
 * A typed answer. Any of {@code accept} is right; the first is shown as "the" answer.
 *
 * @param caseSensitive when true, "us" and "US" differ (rarely wanted)
 * @param typos         when true, small spelling slips are accepted and reported as such
 */
public record ShortAnswer(QuestionInfo info, List<String> accept, boolean caseSensitive, boolean typos)
        implements Question {

    public ShortAnswer {
        accept = List.copyOf(accept);
    }

    @Override
    public QuestionType type() {
        return QuestionType.SHORT_ANSWER;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.shortAnswer(this);
    }
}
