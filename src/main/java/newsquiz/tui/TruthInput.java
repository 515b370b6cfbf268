package newsquiz.tui;

import java.util.List;
import newsquiz.engine.QuizItem;
import newsquiz.engine.Response;

/** true_false: T or F answers at once; or arrows and Enter. {@code cursor} 0 is True. */
public record TruthInput(int cursor) implements AnswerInput {

    @Override
    public Result handle(Key key, QuizItem item) {
        if (key.is('t')) {
            return Result.submit(new TruthInput(0), new Response.Truth(true));
        }
        if (key.is('f')) {
            return Result.submit(new TruthInput(1), new Response.Truth(false));
        }
        if (key.up() || key.down() || key.is('j') || key.is('k') || key.kind() == Key.Kind.LEFT
                || key.kind() == Key.Kind.RIGHT) {
            return Result.moved(new TruthInput(1 - cursor));
        }
        if (key.kind() == Key.Kind.ENTER || key.is(' ')) {
            return Result.submit(this, new Response.Truth(cursor == 0));
        }
        return Result.unhandled(this);
    }

    @Override
    public Body view(QuizItem item, Display d, int width) {
        return new Body(List.of(row(0, "T", "True", d), row(1, "F", "False", d)), cursor, null);
    }

    private Line row(int index, String letter, String word, Display d) {
        boolean here = index == cursor;
        return Line.of(here ? d.pointer() + " " : "  ", Style.KEY).plus(letter, Style.KEY).plus("  ")
                .plus(word, here ? Style.SELECTED : Style.NORMAL);
    }

    @Override
    public String instruction(QuizItem item, Display d) {
        return "True or false?";
    }

    @Override
    public List<KeyHint> keys(QuizItem item, Display d) {
        return List.of(new KeyHint("T/F", "answer"), KeyHint.extra(d.upDown(), "move"), KeyHint.extra("Enter", "answer"));
    }
}
