package newsquiz.generate;

import java.util.List;

/**
 * A list in a sentence: "several new services, including night buses, bike lanes, and a river
 * ferry" gives head "several new services" and three items.
 *
 * @param partial the list names only some members ("including", "such as", "among them"), so a
 *                thing it leaves out may still belong
 */
public record ListFact(int sentence, String head, List<String> items, int from, int to, boolean partial) {

    public ListFact {
        items = List.copyOf(items);
    }
}
