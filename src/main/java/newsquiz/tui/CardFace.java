package newsquiz.tui;

import java.util.ArrayList;
import java.util.List;
import newsquiz.bank.Cloze;
import newsquiz.bank.Matching;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.MultipleSelect;
import newsquiz.bank.NumericQuestion;
import newsquiz.bank.Ordering;
import newsquiz.bank.Question;
import newsquiz.bank.ShortAnswer;
import newsquiz.bank.TrueFalse;
import newsquiz.engine.Presentation;
import newsquiz.engine.QuizItem;

/**
 * The front of a flashcard below its prompt: what the question offers (choices, items to match or
 * put in order, the sentence with its blanks), read-only, so the card can be understood and
 * recalled. Nothing is highlighted: on a flashcard there is nothing to pick.
 */
final class CardFace implements Question.Cases<List<Line>> {

    private final Presentation shown;
    private final Display d;
    private final int width;

    private CardFace(Presentation shown, Display d, int width) {
        this.shown = shown;
        this.d = d;
        this.width = width;
    }

    static List<Line> of(QuizItem item, Display d, int width) {
        return item.question().accept(new CardFace(item.presentation(), d, width));
    }

    private List<Line> lettered(List<String> texts, List<Integer> order) {
        return AnswerInput.lettered(texts, order, -1, d, width, null);
    }

    private List<Line> numbered(List<String> texts, List<Integer> order) {
        List<Line> out = new ArrayList<>();
        for (int s = 0; s < order.size(); s++) {
            out.addAll(TextWrap.hanging(Line.of("  " + (s + 1) + ". ", Style.KEY), d.oneLine(texts.get(order.get(s))),
                    Style.NORMAL, width));
        }
        return out;
    }

    @Override
    public List<Line> multipleChoice(MultipleChoice q) {
        return lettered(q.choices(), shown.order());
    }

    @Override
    public List<Line> multipleSelect(MultipleSelect q) {
        List<Line> out = new ArrayList<>(lettered(q.choices(), shown.order()));
        out.add(Line.of("(more than one may be right)", Style.DIM));
        return out;
    }

    @Override
    public List<Line> trueFalse(TrueFalse q) {
        return List.of(Line.of("True or false?", Style.DIM));
    }

    @Override
    public List<Line> shortAnswer(ShortAnswer q) {
        return List.of();
    }

    @Override
    public List<Line> numeric(NumericQuestion q) {
        return q.unit() == null ? List.of() : List.of(Line.of("(a number of " + d.oneLine(q.unit()) + ")", Style.DIM));
    }

    @Override
    public List<Line> cloze(Cloze q) {
        List<Line> out = new ArrayList<>();
        String text = d.oneLine(q.text().replaceAll("\\{\\{(\\d+)}}", "[$1: ____]"));
        TextWrap.wrap(text, width).forEach(part -> out.add(Line.of(part)));
        for (int i = 0; i < q.blanks().size(); i++) {
            Cloze.Blank b = q.blanks().get(i);
            if (b.hasChoices()) {
                out.add(Line.of("(" + (i + 1) + ")", Style.DIM));
                out.addAll(lettered(b.choices(), shown.blankOrders().get(i)));
            }
        }
        return out;
    }

    @Override
    public List<Line> matching(Matching q) {
        List<String> lefts = new ArrayList<>();
        List<String> rights = new ArrayList<>();
        List<Integer> inOrder = new ArrayList<>();
        for (Matching.Pair p : q.pairs()) {
            inOrder.add(lefts.size());
            lefts.add(p.left());
            rights.add(p.right());
        }
        rights.addAll(q.distractors());
        List<Line> out = new ArrayList<>(numbered(lefts, inOrder));
        out.add(Line.of("with", Style.DIM));
        out.addAll(lettered(rights, shown.order()));
        return out;
    }

    @Override
    public List<Line> ordering(Ordering q) {
        List<Line> out = new ArrayList<>(numbered(q.items(), shown.order()));
        out.add(Line.of("(in what order?)", Style.DIM));
        return out;
    }
}
