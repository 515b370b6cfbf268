package newsquiz.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsquiz.bank.Cloze;
import newsquiz.bank.Matching;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.MultipleSelect;
import newsquiz.bank.NumericQuestion;
import newsquiz.bank.Ordering;
import newsquiz.bank.Question;
import newsquiz.bank.QuestionType;
import newsquiz.bank.ShortAnswer;
import newsquiz.bank.TrueFalse;
import newsquiz.engine.Presentation;
import newsquiz.engine.QuizItem;
import newsquiz.engine.RightAnswer;

/**
 * One question of an attempt as the student saw it, copied into the result file: enough to
 * rebuild the item on resume (the shown order) and to write the class report without the bank
 * (prompt, options, which options are right).
 *
 * @param points      the most the question is worth in this quiz
 * @param shownOrder  {@link Presentation#order()}: the bank index of the item shown at each position
 * @param blankOrders {@link Presentation#blankOrders()}
 * @param optionSets  the lists a student picks from (none for typed answers, matching and ordering)
 */
public record ItemSnapshot(String question, QuestionType type, String prompt, double points, String rightAnswer,
                           List<Integer> shownOrder, List<List<Integer>> blankOrders, List<OptionSet> optionSets) {

    public ItemSnapshot {
        shownOrder = List.copyOf(shownOrder);
        blankOrders = blankOrders.stream().map(List::copyOf).toList();
        optionSets = List.copyOf(optionSets);
    }

    /**
     * Options in bank order.
     *
     * @param blank the cloze blank (0-based) the options belong to, or -1 for the question's own choices
     * @param right the bank indexes of the right options
     */
    public record OptionSet(int blank, List<String> options, Set<Integer> right) {
        public OptionSet {
            options = List.copyOf(options);
            right = Set.copyOf(right);
        }
    }

    public static ItemSnapshot of(QuizItem item) {
        Question q = item.question();
        Presentation p = item.presentation();
        return new ItemSnapshot(q.id(), q.type(), q.prompt(), q.points(), RightAnswer.of(q), p.order(), p.blankOrders(),
                q.accept(OPTION_SETS));
    }

    public Presentation presentation() {
        return new Presentation(shownOrder, blankOrders);
    }

    private static final Question.Cases<List<OptionSet>> OPTION_SETS = new Question.Cases<>() {
        @Override
        public List<OptionSet> multipleChoice(MultipleChoice q) {
            return List.of(new OptionSet(-1, q.choices(), Set.of(q.answer())));
        }

        @Override
        public List<OptionSet> multipleSelect(MultipleSelect q) {
            return List.of(new OptionSet(-1, q.choices(), q.answers()));
        }

        @Override
        public List<OptionSet> trueFalse(TrueFalse q) {
            return List.of(new OptionSet(-1, List.of("true", "false"), Set.of(q.answer() ? 0 : 1)));
        }

        @Override
        public List<OptionSet> shortAnswer(ShortAnswer q) {
            return List.of();
        }

        @Override
        public List<OptionSet> numeric(NumericQuestion q) {
            return List.of();
        }

        @Override
        public List<OptionSet> cloze(Cloze q) {
            List<OptionSet> sets = new ArrayList<>();
            for (int i = 0; i < q.blanks().size(); i++) {
                Cloze.Blank b = q.blanks().get(i);
                if (b.hasChoices()) {
                    int right = b.choices().indexOf(b.accept().get(0));
                    sets.add(new OptionSet(i, b.choices(), right < 0 ? Set.of() : Set.of(right)));
                }
            }
            return sets;
        }

        @Override
        public List<OptionSet> matching(Matching q) {
            return List.of();
        }

        @Override
        public List<OptionSet> ordering(Ordering q) {
            return List.of();
        }
    };
}
