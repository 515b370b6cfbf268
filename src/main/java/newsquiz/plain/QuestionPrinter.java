package newsquiz.plain;

import java.io.PrintWriter;
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
import newsquiz.engine.AnswerParser;
import newsquiz.engine.Presentation;
import newsquiz.engine.QuizItem;

/** Prints one question in line mode: the prompt, what to choose from, and how to answer. */
final class QuestionPrinter implements Question.Cases<String> {

    private final PrintWriter out;
    private final PlainText text;
    private final Presentation shown;

    private QuestionPrinter(PrintWriter out, PlainText text, Presentation shown) {
        this.out = out;
        this.text = text;
        this.shown = shown;
    }

    /** Prints the question body and returns the answer instruction (used as the input prompt). */
    static String print(QuizItem item, PrintWriter out, PlainText text) {
        out.println(text.show(item.question().prompt()));
        return item.question().accept(new QuestionPrinter(out, text, item.presentation()));
    }

    private void lettered(List<String> items, List<Integer> order) {
        for (int s = 0; s < order.size(); s++) {
            out.println("  " + AnswerParser.letter(s) + ") " + text.show(items.get(order.get(s))));
        }
    }

    @Override
    public String multipleChoice(MultipleChoice q) {
        lettered(q.choices(), shown.order());
        return "Your answer (one letter)";
    }

    @Override
    public String multipleSelect(MultipleSelect q) {
        lettered(q.choices(), shown.order());
        return "Your answer (every right letter, e.g. a c)";
    }

    @Override
    public String trueFalse(TrueFalse q) {
        return "True or false (t/f)";
    }

    @Override
    public String shortAnswer(ShortAnswer q) {
        return "Your answer";
    }

    @Override
    public String numeric(NumericQuestion q) {
        return q.unit() == null ? "Your answer (a number)" : "Your answer (a number of " + text.show(q.unit()) + ")";
    }

    @Override
    public String cloze(Cloze q) {
        out.println("  " + text.show(q.text().replaceAll("\\{\\{(\\d+)}}", "[$1]____")));
        for (int i = 0; i < q.blanks().size(); i++) {
            Cloze.Blank b = q.blanks().get(i);
            if (b.hasChoices()) {
                out.println("  Choices for blank " + (i + 1) + ":");
                lettered(b.choices(), shown.blankOrders().get(i));
            }
        }
        return "Blank";
    }

    @Override
    public String matching(Matching q) {
        for (int i = 0; i < q.pairs().size(); i++) {
            out.println("  " + (i + 1) + ". " + text.show(q.pairs().get(i).left()));
        }
        out.println("  with:");
        List<String> rights = new java.util.ArrayList<>();
        q.pairs().forEach(p -> rights.add(p.right()));
        rights.addAll(q.distractors());
        lettered(rights, shown.order());
        return "Your pairs (e.g. 1b 2a)";
    }

    @Override
    public String ordering(Ordering q) {
        for (int s = 0; s < shown.order().size(); s++) {
            out.println("  " + (s + 1) + ". " + text.show(q.items().get(shown.order().get(s))));
        }
        return "Your order (item numbers, first to last, e.g. 3 1 2)";
    }
}
