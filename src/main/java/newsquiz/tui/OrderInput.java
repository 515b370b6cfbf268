package newsquiz.tui;

import java.util.ArrayList;
import java.util.List;
import newsquiz.bank.Ordering;
import newsquiz.engine.QuizItem;
import newsquiz.engine.Response;

/**
 * ordering: the arrows move the highlight; Space picks the highlighted item up so the arrows
 * move it (Space again puts it down); Shift/Alt/Ctrl with an arrow moves it directly. Enter answers.
 *
 * @param order the bank indexes of the items, top to bottom, as arranged so far
 */
public record OrderInput(List<Integer> order, int cursor, boolean holding) implements AnswerInput {

    public OrderInput {
        order = List.copyOf(order);
    }

    private OrderInput moveItem(int direction) {
        int to = cursor + direction;
        if (to < 0 || to >= order.size()) {
            return this;
        }
        List<Integer> next = new ArrayList<>(order);
        next.set(to, order.get(cursor));
        next.set(cursor, order.get(to));
        return new OrderInput(next, to, holding);
    }

    @Override
    public Result handle(Key key, QuizItem item) {
        boolean up = key.up() || key.is('k');
        boolean down = key.down() || key.is('j');
        if (up || down) {
            int direction = up ? -1 : 1;
            if (holding || key.shift() || key.alt() || key.ctrl()) {
                return Result.moved(moveItem(direction));
            }
            return Result.moved(new OrderInput(order, Math.max(0, Math.min(order.size() - 1, cursor + direction)), false));
        }
        if (key.is(' ')) {
            return Result.moved(new OrderInput(order, cursor, !holding));
        }
        if (key.kind() == Key.Kind.ENTER) {
            return Result.submit(new OrderInput(order, cursor, false), new Response.Order(order));
        }
        return Result.unhandled(this);
    }

    @Override
    public Body view(QuizItem item, Display d, int width) {
        Ordering q = (Ordering) item.question();
        List<Line> lines = new ArrayList<>();
        int focus = 0;
        for (int i = 0; i < order.size(); i++) {
            boolean here = i == cursor;
            if (here) {
                focus = lines.size();
            }
            Line prefix = Line.of(here ? d.pointer() + " " : "  ", Style.KEY).plus((i + 1) + ". ", Style.KEY);
            String text = d.oneLine(q.items().get(order.get(i))) + (here && holding ? "  [moving]" : "");
            lines.addAll(TextWrap.hanging(prefix, text, here ? Style.SELECTED : Style.NORMAL, width));
        }
        return new Body(lines, focus, null);
    }

    @Override
    public String instruction(QuizItem item, Display d) {
        return "Put in order, first at the top.";
    }

    @Override
    public List<KeyHint> keys(QuizItem item, Display d) {
        return List.of(new KeyHint(d.upDown(), holding ? "move item" : "highlight"),
                new KeyHint("Space", holding ? "drop" : "pick up"), new KeyHint("Enter", "answer"));
    }
}
