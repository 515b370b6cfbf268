package newsquiz.generate;

import java.util.List;

/**
 * A person, country, place or organisation named in the article, with all its mentions.
 *
 * @param name    the fullest form of the name in the article
 * @param surname for people, the last word of the name (how news refers back to them); else null
 * @param role    the most specific title seen, e.g. "Vice President" (null when none)
 * @param qualifier what qualified the title ("US"), or null
 */
public record Entity(String name, EntityKind kind, String surname, String role, String qualifier,
        List<Mention> mentions) {

    public Entity {
        mentions = List.copyOf(mentions);
    }

    int count() {
        return mentions.size();
    }

    /** The title with its qualifier, e.g. "US Vice President", or null. */
    String fullRole() {
        if (role == null) {
            return null;
        }
        return qualifier == null ? role : qualifier + " " + role;
    }
}
