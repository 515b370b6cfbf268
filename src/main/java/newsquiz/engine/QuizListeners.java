package newsquiz.engine;

import java.util.List;
import java.util.Objects;

/** Several listeners as one, told in order (progress first, then, say, an exam's result file). */
public final class QuizListeners {

    private QuizListeners() {
    }

    public static QuizListener all(QuizListener... listeners) {
        List<QuizListener> list = java.util.Arrays.stream(listeners).filter(Objects::nonNull).toList();
        return new QuizListener() {
            @Override
            public void answered(AnswerRecord record) {
                list.forEach(l -> l.answered(record));
            }

            @Override
            public void finished(QuizResult result) {
                list.forEach(l -> l.finished(result));
            }

            /** The first warning any of them has; one at a time is what a status line can show. */
            @Override
            public String warning() {
                return list.stream().map(QuizListener::warning).filter(Objects::nonNull).findFirst().orElse(null);
            }
        };
    }
}
