package newsquiz.tui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newsquiz.bank.Bank;
import newsquiz.bank.BankJson;
import newsquiz.bank.Question;
import newsquiz.bank.QuestionType;
import newsquiz.engine.QuizConfig;
import newsquiz.engine.QuizItem;
import newsquiz.engine.QuizMode;
import newsquiz.engine.QuizSession;
import newsquiz.engine.QuizSetup;
import newsquiz.engine.Selection;

/** The tiny test bank (one question of each type, in type order) and models built on it. */
final class Fixtures {

    static final Path TINY = Path.of("src/test/resources/banks/tiny.json");
    static final Instant T0 = TestClock.START;
    static final Display UTF8 = Display.of(true);
    static final Env ENV = new Env(new Size(80, 24), UTF8);

    private Fixtures() {
    }

    static Bank tiny() {
        try {
            return BankJson.read(TINY);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every question of the tiny bank in bank order, options unshuffled. */
    static QuizSetup inOrder(QuizMode mode) {
        return QuizSetup.defaults(1).withMode(mode).withShuffle(false);
    }

    /**
     * Every question of the tiny bank in bank order with nothing shuffled, not even matching and
     * ordering (which a real quiz always shuffles), so key strokes in tests are easy to read.
     */
    static QuizSession session(QuizConfig config) {
        List<QuizItem> items = tiny().questions().stream()
                .map(q -> new QuizItem(q, newsquiz.engine.Presentation.unshuffled(q))).toList();
        return QuizSession.start(items, config, T0);
    }

    /** A session of just the question of {@code type}. */
    static QuizSession only(QuestionType type, QuizConfig config) {
        Question q = tiny().questions().stream().filter(x -> x.type() == type).findFirst().orElseThrow();
        return QuizSession.start(List.of(new QuizItem(q, newsquiz.engine.Presentation.unshuffled(q))), config, T0);
    }

    static HomeModel home() {
        Bank b = tiny();
        return HomeModel.start(List.of(BankEntry.loaded(TINY, b)), inOrder(QuizMode.PRACTICE));
    }

    static QuizModel quiz(QuizSession s) {
        return QuizModel.start("Tiny test bank", QuizKey.of("tiny", s.config().mode()), s, T0, home());
    }
}
