package newsquiz.engine;

import java.util.List;
import java.util.Set;

/**
 * What the learner answered, in the bank's own (canonical) indexes: front ends translate what
 * was on screen (shuffled letters) through the item's {@link Presentation} before checking.
 */
public sealed interface Response {

    /** multiple_choice: the chosen choice. */
    record Choice(int choice) implements Response {
    }

    /** multiple_select: the chosen choices (possibly none). */
    record Selection(Set<Integer> choices) implements Response {
        public Selection {
            choices = Set.copyOf(choices);
        }
    }

    /** true_false. */
    record Truth(boolean value) implements Response {
    }

    /** short_answer and numeric: what was typed. */
    record Text(String text) implements Response {
    }

    /** cloze: one entry per blank; for a blank with choices, the chosen choice's text. */
    record Blanks(List<String> entries) implements Response {
        public Blanks {
            entries = List.copyOf(entries);
        }
    }

    /**
     * matching: for each left item (bank order), the index of the right item picked, counting the
     * pairs' right items first and then the distractors; -1 when left unassigned.
     */
    record Pairing(List<Integer> rights) implements Response {
        public Pairing {
            rights = List.copyOf(rights);
        }
    }

    /** ordering: the bank indexes of the items, in the order the learner put them. */
    record Order(List<Integer> items) implements Response {
        public Order {
            items = List.copyOf(items);
        }
    }
}
