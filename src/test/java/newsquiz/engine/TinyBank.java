package newsquiz.engine;

import java.nio.file.Path;
import newsquiz.bank.Bank;
import newsquiz.bank.BankJson;
import newsquiz.bank.Question;

/** The test bank with one question of each type (src/test/resources/banks/tiny.json). */
final class TinyBank {

    static final Bank BANK = load();

    private TinyBank() {
    }

    static Question question(String id) {
        return BANK.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    static QuizItem unshuffled(String id) {
        Question q = question(id);
        return new QuizItem(q, Presentation.unshuffled(q));
    }

    private static Bank load() {
        try {
            return BankJson.read(Path.of("src/test/resources/banks/tiny.json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
