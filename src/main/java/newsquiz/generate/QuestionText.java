package newsquiz.generate;

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

/** A question as plain lines, key marked with "*": for curating and for the quality review. */
public final class QuestionText {

    private QuestionText() {
    }

    public static List<String> lines(Question q) {
        List<String> out = new ArrayList<>();
        out.add("[" + q.type().jsonName() + "] " + q.prompt());
        out.addAll(q.accept(new Question.Cases<List<String>>() {
            @Override
            public List<String> multipleChoice(MultipleChoice m) {
                List<String> l = new ArrayList<>();
                for (int i = 0; i < m.choices().size(); i++) {
                    l.add("  " + (i == m.answer() ? "*" : " ") + " " + (char) ('a' + i) + ") " + m.choices().get(i));
                }
                return l;
            }

            @Override
            public List<String> multipleSelect(MultipleSelect m) {
                List<String> l = new ArrayList<>();
                for (int i = 0; i < m.choices().size(); i++) {
                    l.add("  " + (m.answers().contains(i) ? "*" : " ") + " " + (char) ('a' + i) + ") " + m.choices().get(i));
                }
                return l;
            }

            @Override
            public List<String> trueFalse(TrueFalse t) {
                return List.of("  answer: " + (t.answer() ? "true" : "false"));
            }

            @Override
            public List<String> shortAnswer(ShortAnswer s) {
                return List.of("  accept: " + String.join(" | ", s.accept()));
            }

            @Override
            public List<String> numeric(NumericQuestion n) {
                return List.of("  answer: " + Distractors.formatNumber(n.value(), false)
                        + (n.unit() == null ? "" : " " + n.unit()));
            }

            @Override
            public List<String> cloze(Cloze c) {
                List<String> l = new ArrayList<>();
                l.add("  " + c.text());
                for (int i = 0; i < c.blanks().size(); i++) {
                    Cloze.Blank b = c.blanks().get(i);
                    l.add("  {{" + (i + 1) + "}} " + (b.hasChoices() ? "choices " + b.choices() + " " : "")
                            + "answer: " + b.accept().get(0));
                }
                return l;
            }

            @Override
            public List<String> matching(Matching m) {
                List<String> l = new ArrayList<>();
                for (Matching.Pair p : m.pairs()) {
                    l.add("  " + p.left() + " -> " + p.right());
                }
                for (String d : m.distractors()) {
                    l.add("  (extra) " + d);
                }
                return l;
            }

            @Override
            public List<String> ordering(Ordering o) {
                List<String> l = new ArrayList<>();
                for (int i = 0; i < o.items().size(); i++) {
                    l.add("  " + (i + 1) + ". " + o.items().get(i));
                }
                return l;
            }
        }));
        return out;
    }
}
