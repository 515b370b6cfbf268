package newsquiz.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import newsquiz.bank.Cloze;
import newsquiz.bank.Matching;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.MultipleSelect;
import newsquiz.bank.NumericQuestion;
import newsquiz.bank.Ordering;
import newsquiz.bank.Question;
import newsquiz.bank.ShortAnswer;
import newsquiz.bank.TrueFalse;

/**
 * How one question is shown: the on-screen order of whatever list it shuffles (choices, the
 * right-hand items of a matching question, the items to order) and of each cloze blank's choices.
 * {@code order.get(shown)} is the bank index of the item shown at position {@code shown}.
 */
public record Presentation(List<Integer> order, List<List<Integer>> blankOrders) {

    public Presentation {
        order = List.copyOf(order);
        blankOrders = blankOrders.stream().map(List::copyOf).toList();
    }

    /** The bank index of the item shown at {@code shown} (0 = A). */
    public int bankIndex(int shown) {
        return order.get(shown);
    }

    /** Where bank item {@code bankIndex} is shown. */
    public int shownIndex(int bankIndex) {
        return order.indexOf(bankIndex);
    }

    public static Presentation unshuffled(Question q) {
        return q.accept(new Shuffler(null));
    }

    public static Presentation shuffled(Question q, Random random) {
        return q.accept(new Shuffler(random));
    }

    /** Builds a presentation; with a null random, everything stays in bank order. */
    private static final class Shuffler implements Question.Cases<Presentation> {
        private final Random random;

        Shuffler(Random random) {
            this.random = random;
        }

        private List<Integer> permutation(int n) {
            List<Integer> p = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                p.add(i);
            }
            if (random != null) {
                Collections.shuffle(p, random);
            }
            return p;
        }

        private Presentation of(int n) {
            return new Presentation(permutation(n), List.of());
        }

        @Override
        public Presentation multipleChoice(MultipleChoice q) {
            return of(q.choices().size());
        }

        @Override
        public Presentation multipleSelect(MultipleSelect q) {
            return of(q.choices().size());
        }

        @Override
        public Presentation trueFalse(TrueFalse q) {
            return of(0);
        }

        @Override
        public Presentation shortAnswer(ShortAnswer q) {
            return of(0);
        }

        @Override
        public Presentation numeric(NumericQuestion q) {
            return of(0);
        }

        @Override
        public Presentation cloze(Cloze q) {
            List<List<Integer>> blanks = new ArrayList<>();
            for (Cloze.Blank b : q.blanks()) {
                blanks.add(permutation(b.choices().size()));
            }
            return new Presentation(List.of(), blanks);
        }

        @Override
        public Presentation matching(Matching q) {
            return of(q.pairs().size() + q.distractors().size());
        }

        /** Never shows the items already in the right order: that would give the answer away. */
        @Override
        public Presentation ordering(Ordering q) {
            int n = q.items().size();
            List<Integer> p = permutation(n);
            if (random != null && n > 1 && isIdentity(p)) {
                Collections.rotate(p, 1 + random.nextInt(n - 1));
            }
            return new Presentation(p, List.of());
        }

        private static boolean isIdentity(List<Integer> p) {
            for (int i = 0; i < p.size(); i++) {
                if (p.get(i) != i) {
                    return false;
                }
            }
            return true;
        }
    }
}
