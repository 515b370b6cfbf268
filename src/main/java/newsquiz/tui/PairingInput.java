package newsquiz.tui;

import java.util.ArrayList;
import java.util.List;
import newsquiz.bank.Matching;
import newsquiz.engine.QuizItem;
import newsquiz.engine.Response;

/**
 * matching: the arrows pick a left item, a letter gives it a right item (and moves on), Delete
 * clears it. The current pairing is on screen all the time. Enter with items left unmatched
 * asks once more.
 *
 * @param assigned for each left item (bank order), the shown position of its right item, or -1
 */
public record PairingInput(int cursor, List<Integer> assigned, boolean confirmIncomplete) implements AnswerInput {

    public PairingInput {
        assigned = List.copyOf(assigned);
    }

    static PairingInput start(Matching q) {
        List<Integer> none = new ArrayList<>();
        q.pairs().forEach(p -> none.add(-1));
        return new PairingInput(0, none, false);
    }

    private static List<String> rights(Matching q) {
        List<String> rights = new ArrayList<>();
        q.pairs().forEach(p -> rights.add(p.right()));
        rights.addAll(q.distractors());
        return rights;
    }

    private PairingInput assign(int left, int shown, int nextCursor) {
        List<Integer> next = new ArrayList<>(assigned);
        next.set(left, shown);
        return new PairingInput(nextCursor, next, false);
    }

    @Override
    public Result handle(Key key, QuizItem item) {
        Matching q = (Matching) item.question();
        int lefts = q.pairs().size();
        int rights = lefts + q.distractors().size();
        int letter = key.letterIndex();
        if (letter >= 0 && letter < rights) {
            return Result.moved(assign(cursor, letter, Math.min(cursor + 1, lefts - 1)));
        }
        if (key.up() || (key.is('k') && rights <= 10)) {
            return Result.moved(new PairingInput((cursor + lefts - 1) % lefts, assigned, false));
        }
        if (key.down() || (key.is('j') && rights <= 9)) {
            return Result.moved(new PairingInput((cursor + 1) % lefts, assigned, false));
        }
        if (key.kind() == Key.Kind.DELETE || key.kind() == Key.Kind.BACKSPACE) {
            return Result.moved(assign(cursor, -1, cursor));
        }
        if (key.kind() == Key.Kind.ENTER) {
            long open = assigned.stream().filter(a -> a < 0).count();
            if (open > 0 && !confirmIncomplete) {
                return Result.refuse(new PairingInput(cursor, assigned, true), open + (open == 1 ? " item has" : " items have")
                        + " no match yet; Enter again answers anyway.");
            }
            List<Integer> bank = new ArrayList<>();
            assigned.forEach(a -> bank.add(a < 0 ? -1 : item.presentation().bankIndex(a)));
            return Result.submit(this, new Response.Pairing(bank));
        }
        return Result.unhandled(this);
    }

    @Override
    public Body view(QuizItem item, Display d, int width) {
        Matching q = (Matching) item.question();
        List<String> rights = rights(q);
        List<Integer> order = item.presentation().order();
        List<Line> lines = new ArrayList<>();
        int focus = 0;
        for (int i = 0; i < q.pairs().size(); i++) {
            boolean here = i == cursor;
            if (here) {
                focus = lines.size();
            }
            int a = assigned.get(i);
            String match = a < 0 ? "?" : AnswerInput.letter(a) + " " + d.oneLine(rights.get(order.get(a)));
            Line prefix = Line.of(here ? d.pointer() + " " : "  ", Style.KEY).plus((i + 1) + ". ", Style.KEY);
            String text = d.oneLine(q.pairs().get(i).left()) + "  " + d.glyphs().arrow() + "  " + match;
            lines.addAll(TextWrap.hanging(prefix, text, here ? Style.SELECTED : Style.NORMAL, width));
        }
        lines.add(Line.EMPTY);
        lines.addAll(AnswerInput.lettered(rights, order, -1, d, width, null));
        return new Body(lines, focus, null);
    }

    @Override
    public String instruction(QuizItem item, Display d) {
        return "Give each item a letter.";
    }

    @Override
    public List<KeyHint> keys(QuizItem item, Display d) {
        Matching q = (Matching) item.question();
        return List.of(new KeyHint(AnswerInput.letterRange(q.pairs().size() + q.distractors().size()), "match"),
                KeyHint.extra(d.upDown(), "item"), KeyHint.extra("Del", "clear"), new KeyHint("Enter", "answer"));
    }
}
