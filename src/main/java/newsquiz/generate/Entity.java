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

    /**
     * What a typed answer naming this entity accepts: the full name, the surname as the article
     * uses it ("Ní Fhlatharta", "van Dijk"), and the surname's last word alone ("Fhlatharta"), which a
     * reader may type as well.
     */
    List<String> typedForms() {
        java.util.LinkedHashSet<String> forms = new java.util.LinkedHashSet<>();
        forms.add(name);
        if (surname != null) {
            forms.add(surname);
            forms.add(EntityExtractor.surname(surname));
        }
        return List.copyOf(forms);
    }

    /** The title with its qualifier, e.g. "US Vice President", or null. */
    String fullRole() {
        if (role == null) {
            return null;
        }
        return qualifier == null ? role : qualifier + " " + role;
    }
}
