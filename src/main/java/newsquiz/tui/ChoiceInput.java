package newsquiz.tui;

import java.util.List;
import newsquiz.bank.MultipleChoice;
import newsquiz.engine.QuizItem;
import newsquiz.engine.Response;

/** multiple_choice: a letter answers at once; or move with the arrows and press Enter. */
public record ChoiceInput(int cursor) implements AnswerInput {

    @Override
    public Result handle(Key key, QuizItem item) {
        int n = ((MultipleChoice) item.question()).choices().size();
        int letter = key.letterIndex();
        if (letter >= 0 && letter < n) {
            return Result.submit(new ChoiceInput(letter), new Response.Choice(item.presentation().bankIndex(letter)));
        }
        if (key.up() || (key.is('k') && n <= 10) || key.kind() == Key.Kind.LEFT) {
            return Result.moved(new ChoiceInput((cursor + n - 1) % n));
        }
        if (key.down() || (key.is('j') && n <= 9) || key.kind() == Key.Kind.RIGHT) {
            return Result.moved(new ChoiceInput((cursor + 1) % n));
        }
        if (key.kind() == Key.Kind.ENTER || key.is(' ')) {
            return Result.submit(this, new Response.Choice(item.presentation().bankIndex(cursor)));
        }
        return Result.unhandled(this);
    }

    @Override
    public Body view(QuizItem item, Display d, int width) {
        List<String> choices = ((MultipleChoice) item.question()).choices();
        List<Integer> order = item.presentation().order();
        int focus = AnswerInput.lineOf(choices, order, cursor, d, width, 5);
        return new Body(AnswerInput.lettered(choices, order, cursor, d, width, null), focus, null);
    }

    @Override
    public String instruction(QuizItem item, Display d) {
        return "Pick one answer.";
    }

    @Override
    public List<KeyHint> keys(QuizItem item, Display d) {
        int n = letters(item);
        return List.of(new KeyHint(AnswerInput.letterRange(n), "answer"), KeyHint.extra(d.upDown(), "move"),
                KeyHint.extra("Enter", "answer"));
    }

    private static int letters(QuizItem item) {
        return ((MultipleChoice) item.question()).choices().size();
    }
}
