package newsquiz.tui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsquiz.bank.MultipleSelect;
import newsquiz.engine.QuizItem;
import newsquiz.engine.Response;

/**
 * multiple_select: Space or a letter ticks a choice, Enter submits. {@code checked} holds shown
 * positions. Submitting nothing asks once more, since "none" is rarely meant.
 */
public record SelectInput(int cursor, Set<Integer> checked, boolean confirmEmpty) implements AnswerInput {

    public SelectInput {
        checked = Set.copyOf(checked);
    }

    private SelectInput toggle(int shown) {
        Set<Integer> next = new HashSet<>(checked);
        if (!next.remove(shown)) {
            next.add(shown);
        }
        return new SelectInput(shown, next, false);
    }

    @Override
    public Result handle(Key key, QuizItem item) {
        int n = letters(item);
        int letter = key.letterIndex();
        if (letter >= 0 && letter < n) {
            return Result.moved(toggle(letter));
        }
        if (key.is(' ')) {
            return Result.moved(toggle(cursor));
        }
        if (key.up() || (key.is('k') && n <= 10)) {
            return Result.moved(new SelectInput((cursor + n - 1) % n, checked, false));
        }
        if (key.down() || (key.is('j') && n <= 9)) {
            return Result.moved(new SelectInput((cursor + 1) % n, checked, false));
        }
        if (key.kind() == Key.Kind.ENTER) {
            if (checked.isEmpty() && !confirmEmpty) {
                return Result.refuse(new SelectInput(cursor, checked, true),
                        "Nothing ticked. Tick with Space or a letter; Enter again answers \"none\".");
            }
            Set<Integer> bank = new HashSet<>();
            checked.forEach(s -> bank.add(item.presentation().bankIndex(s)));
            return Result.submit(this, new Response.Selection(bank));
        }
        return Result.unhandled(this);
    }

    @Override
    public Body view(QuizItem item, Display d, int width) {
        List<String> choices = ((MultipleSelect) item.question()).choices();
        List<Integer> order = item.presentation().order();
        List<Line> lines = AnswerInput.lettered(choices, order, cursor, d, width,
                s -> checked.contains(s) ? "[x] " : "[ ] ");
        return new Body(lines, AnswerInput.lineOf(choices, order, cursor, d, width, 9), null);
    }

    @Override
    public String instruction(QuizItem item, Display d) {
        return "Tick all that apply, then Enter.";
    }

    @Override
    public List<KeyHint> keys(QuizItem item, Display d) {
        return List.of(new KeyHint(AnswerInput.letterRange(letters(item)), "tick"),
                KeyHint.extra(d.upDown() + " Space", "move/tick"), new KeyHint("Enter", "answer"));
    }

    private static int letters(QuizItem item) {
        return ((MultipleSelect) item.question()).choices().size();
    }
}
