package newsquiz.generate;

/**
 * One place where an entity is named: tokens [from, to) of a sentence hold the name, not its
 * title. {@code entity} is the canonical name it was linked to ("Aliyev" -> "Ilham Aliyev").
 *
 * @param role      a title before the name ("Vice President"), or null
 * @param qualifier what comes before the title ("US", "former"), or null
 * @param titleFrom first token of the title (== from when there is none)
 */
public record Mention(int sentence, int titleFrom, int from, int to, String text, EntityKind kind, String role,
        String qualifier, String entity) {

    Mention withLink(String canonical, EntityKind newKind) {
        return new Mention(sentence, titleFrom, from, to, text, newKind, role, qualifier, canonical);
    }
}
