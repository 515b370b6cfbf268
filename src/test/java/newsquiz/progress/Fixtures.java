package newsquiz.progress;

import java.time.Instant;
import java.util.List;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.Question;
import newsquiz.bank.QuestionInfo;
import newsquiz.bank.ShortAnswer;
import newsquiz.bank.TrueFalse;

/** Small questions for tests. */
final class Fixtures {

    static final String BANK = "charter";

    private Fixtures() {
    }

    static Question mc(String id, String prompt, List<String> choices, int answer, String... topics) {
        return new MultipleChoice(info(id, prompt, topics), choices, answer);
    }

    static Question tf(String id, String prompt, boolean answer, String... topics) {
        return new TrueFalse(info(id, prompt, topics), answer);
    }

    static Question sa(String id, String prompt, List<String> accept, String... topics) {
        return new ShortAnswer(info(id, prompt, topics), accept, false, true);
    }

    static QuestionInfo info(String id, String prompt, String... topics) {
        return new QuestionInfo(id, prompt, "Because.", List.of(topics), 2, 1, null, null);
    }

    static AnswerEvent right(Question q, Instant at) {
        return AnswerEvent.answered(BANK, q, "the answer", 1, true, false, 60_000, at);
    }

    static AnswerEvent wrong(Question q, Instant at) {
        return AnswerEvent.answered(BANK, q, "a wrong answer", 0, false, false, 60_000, at);
    }

    static List<Question> questions(int n) {
        Question[] qs = new Question[n];
        for (int i = 0; i < n; i++) {
            qs[i] = tf("q" + i, "Statement number " + i + " is true.", i % 2 == 0, i % 3 == 0 ? "energy" : "security");
        }
        return List.of(qs);
    }
}
