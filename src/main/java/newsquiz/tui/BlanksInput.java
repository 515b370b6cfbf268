package newsquiz.tui;

import java.util.ArrayList;
import java.util.List;
import newsquiz.bank.BlankMarkers;
import newsquiz.bank.Cloze;
import newsquiz.engine.QuizItem;
import newsquiz.engine.Response;

/**
 * cloze: one field per blank; Tab and Shift-Tab (or the arrows) move between blanks. A typed
 * blank is a line editor; a blank with choices takes a letter or Left/Right. Enter moves to the
 * next blank and answers on the last one.
 *
 * @param texts  the typed text of each blank (unused for blanks with choices)
 * @param picks  the shown position picked for each blank with choices, -1 for none
 */
public record BlanksInput(List<LineEditor> texts, List<Integer> picks, int focus) implements AnswerInput {

    public BlanksInput {
        texts = List.copyOf(texts);
        picks = List.copyOf(picks);
    }

    static BlanksInput start(Cloze q) {
        List<LineEditor> texts = new ArrayList<>();
        List<Integer> picks = new ArrayList<>();
        for (int i = 0; i < q.blanks().size(); i++) {
            texts.add(LineEditor.EMPTY);
            picks.add(-1);
        }
        return new BlanksInput(texts, picks, 0);
    }

    private BlanksInput focus(int f) {
        return new BlanksInput(texts, picks, (f + texts.size()) % texts.size());
    }

    private BlanksInput pick(int shown) {
        List<Integer> next = new ArrayList<>(picks);
        next.set(focus, shown);
        return new BlanksInput(texts, next, focus);
    }

    @Override
    public Result handle(Key key, QuizItem item) {
        Cloze q = (Cloze) item.question();
        int n = q.blanks().size();
        Cloze.Blank blank = q.blanks().get(focus);
        if (key.kind() == Key.Kind.TAB || key.down()) {
            return Result.moved(focus(focus + 1));
        }
        if (key.kind() == Key.Kind.BACK_TAB || key.up()) {
            return Result.moved(focus(focus - 1));
        }
        if (key.kind() == Key.Kind.ENTER) {
            if (focus < n - 1) {
                return Result.moved(focus(focus + 1));
            }
            return Result.submit(this, new Response.Blanks(entries(q, item)));
        }
        if (blank.hasChoices()) {
            int count = blank.choices().size();
            int letter = key.letterIndex();
            if (letter >= 0 && letter < count) {
                BlanksInput picked = pick(letter);
                return Result.moved(focus < n - 1 ? picked.focus(focus + 1) : picked);
            }
            int current = picks.get(focus);
            if (key.kind() == Key.Kind.RIGHT || key.is(' ')) {
                return Result.moved(pick((current + 1) % count));
            }
            if (key.kind() == Key.Kind.LEFT) {
                return Result.moved(pick(current <= 0 ? count - 1 : current - 1));
            }
            return Result.unhandled(this);
        }
        LineEditor edited = texts.get(focus).handle(key);
        if (edited == null) {
            return Result.unhandled(this);
        }
        List<LineEditor> next = new ArrayList<>(texts);
        next.set(focus, edited);
        return Result.moved(new BlanksInput(next, picks, focus));
    }

    /** What is in each blank now, as the checker wants it (a choice blank gives the choice's text). */
    private List<String> entries(Cloze q, QuizItem item) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < q.blanks().size(); i++) {
            out.add(entry(q, item, i));
        }
        return out;
    }

    private String entry(Cloze q, QuizItem item, int i) {
        Cloze.Blank b = q.blanks().get(i);
        if (!b.hasChoices()) {
            return texts.get(i).text();
        }
        int shown = picks.get(i);
        return shown < 0 ? "" : b.choices().get(item.presentation().blankOrders().get(i).get(shown));
    }

    @Override
    public Body view(QuizItem item, Display d, int width) {
        Cloze q = (Cloze) item.question();
        List<Line> lines = new ArrayList<>();
        for (String part : TextWrap.wrap(sentence(q, item, d), width)) {
            lines.add(Line.of(part));
        }
        lines.add(Line.EMPTY);
        int focusLine = 0;
        View.Cursor cursor = null;
        for (int i = 0; i < q.blanks().size(); i++) {
            boolean here = i == focus;
            Line prefix = Line.of(here ? d.pointer() + " " : "  ", Style.KEY).plus("(" + (i + 1) + ") ", Style.KEY);
            if (here) {
                focusLine = lines.size();
            }
            Cloze.Blank b = q.blanks().get(i);
            if (!b.hasChoices()) {
                Field.Drawn f = Field.draw(prefix, texts.get(i), Math.min(width, 40));
                if (here) {
                    cursor = new View.Cursor(lines.size(), f.cursorColumn());
                }
                lines.add(f.line());
                continue;
            }
            List<Integer> order = item.presentation().blankOrders().get(i);
            Line row = prefix;
            for (int s = 0; s < order.size(); s++) {
                Line option = Line.of(AnswerInput.letter(s), Style.KEY)
                        .plus(" " + d.oneLine(b.choices().get(order.get(s))), picks.get(i) == s ? Style.SELECTED : Style.NORMAL);
                if (row.columns() + option.columns() + 2 > width && row.columns() > prefix.columns()) {
                    lines.add(row);
                    row = Line.of(" ".repeat(prefix.columns()));
                } else if (row.columns() > prefix.columns()) {
                    row = row.plus("  ");
                }
                for (Line.Span span : option.spans()) {
                    row = row.plus(span.text(), span.style());
                }
            }
            lines.add(row);
        }
        return new Body(lines, focusLine, cursor);
    }

    /** The cloze text with each blank shown as "[1: what is in it]" or "[1: ____]". */
    private String sentence(Cloze q, QuizItem item, Display d) {
        return BlankMarkers.replace(d.text(q.text()), number -> {
            int index = Integer.parseInt(number) - 1;
            String entry = index >= 0 && index < q.blanks().size() ? d.oneLine(entry(q, item, index)) : "";
            return "[" + number + ": " + (entry.isBlank() ? "____" : entry) + "]";
        });
    }

    @Override
    public String instruction(QuizItem item, Display d) {
        return "Fill the blanks; Tab moves on.";
    }

    @Override
    public List<KeyHint> keys(QuizItem item, Display d) {
        Cloze q = (Cloze) item.question();
        Cloze.Blank b = q.blanks().get(focus);
        List<KeyHint> keys = new ArrayList<>();
        if (b.hasChoices()) {
            keys.add(new KeyHint(AnswerInput.letterRange(b.choices().size()), "pick"));
        }
        keys.add(KeyHint.extra("Tab", "next blank"));
        keys.add(new KeyHint("Enter", focus == q.blanks().size() - 1 ? "answer" : "next"));
        return keys;
    }

    @Override
    public boolean typing() {
        return true;
    }

    @Override
    public boolean fieldEmpty() {
        return texts.get(focus).text().isEmpty();
    }
}
