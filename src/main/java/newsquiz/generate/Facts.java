package newsquiz.generate;

import java.util.List;
import java.util.Map;

/**
 * Everything the generator extracted from one article. Lists are in article order;
 * {@code mentions.get(n - 1)} are the entity mentions of sentence n.
 *
 * @param subjects for each sentence (index n - 1), the person a leading "He"/"She" refers to, or null
 * @param startsInSpeech for each sentence (index n - 1), whether it starts inside a quotation opened
 *                       in an earlier sentence of its paragraph
 */
public record Facts(
        String text,
        List<Sentence> sentences,
        List<Entity> entities,
        List<List<Mention>> mentions,
        List<Quantity> quantities,
        List<DateMention> dates,
        List<Quote> quotes,
        List<ListFact> lists,
        List<String> subjects,
        List<Boolean> startsInSpeech,
        Map<String, Entity> byName) {

    Sentence sentence(int number) {
        return sentences.get(number - 1);
    }

    Entity entity(String name) {
        return byName.get(name);
    }

    List<Entity> entitiesOf(EntityKind kind) {
        return entities.stream().filter(e -> e.kind() == kind).toList();
    }
}
