package newsquiz.generate;

import java.util.List;

/**
 * A list in a sentence: "several new services, including night buses, bike lanes, and a river
 * ferry" gives head "several new services" and three items.
 */
public record ListFact(int sentence, String head, List<String> items, int from, int to) {

    public ListFact {
        items = List.copyOf(items);
    }
}
