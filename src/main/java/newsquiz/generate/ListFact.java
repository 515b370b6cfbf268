package newsquiz.generate;

import java.util.List;

/**
 * A list in a sentence: "areas of bilateral cooperation, including security, counterterrorism
 * efforts, and energy security" gives head "areas of bilateral cooperation" and three items.
 */
public record ListFact(int sentence, String head, List<String> items, int from, int to) {

    public ListFact {
        items = List.copyOf(items);
    }
}
