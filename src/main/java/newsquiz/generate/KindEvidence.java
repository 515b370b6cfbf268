package newsquiz.generate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a person or place is confirmed as such by a second, independent signal, beyond the cue
 * that typed it. Without a named-entity model the typing is often wrong (a firm, a language or a
 * person read as a place; a company or half a name read as a person), and such an entity offered
 * as a rival makes a question unacceptable. Only confirmed entities are offered as options; an
 * unconfirmed key gets no rivals, so its question becomes a typed answer or is not asked.
 */
final class KindEvidence {

    private KindEvidence() {
    }

    /** Words right before a place name that put it on a map: "in Lyon", "near Lyon", "the city of Lyon". */
    private static final Set<String> LOCATIVE = Set.of("in", "near", "from", "outside", "across", "around");
    private static final Set<String> SETTLEMENT = Set.of("city", "town", "village", "capital", "port", "suburb");

    static boolean confirmed(Facts facts, Entity e) {
        return switch (e.kind()) {
            case PERSON -> confirmedPerson(facts, e);
            case PLACE -> confirmedPlace(facts, e);
            default -> true;
        };
    }

    /**
     * A full name (two words or more) that the article also gives a title, or refers back to by the
     * surname alone, or quotes: news does all three for people and none for firms ("Veldhoven Micro")
     * or a cut name ("Marloes").
     */
    private static boolean confirmedPerson(Facts facts, Entity e) {
        if (e.name().split("\\s+").length < 2) {
            return false;
        }
        if (e.role() != null) {
            return true;
        }
        for (Mention m : e.mentions()) {
            if (m.role() != null || e.surname() != null && m.text().equals(e.surname())) {
                return true;
            }
        }
        return facts.quotes().stream().anyMatch(q -> e.name().equals(q.speaker()));
    }

    /**
     * A region or state from the gazetteer; or a name that is written at least once right after "in",
     * "near", "from" or "the city of", and has no shape of something else (a language, an
     * organisation word, a word that names a person's kind).
     */
    private static boolean confirmedPlace(Facts facts, Entity e) {
        if (Gazetteers.isRegionName(e.name()) || Gazetteers.country(e.name()) != null) {
            return true;
        }
        if (Gazetteers.isLanguage(e.name())) {
            return false;
        }
        for (String w : e.name().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (Gazetteers.ORG_WORDS.contains(w)) {
                return false;
            }
        }
        for (Mention m : e.mentions()) {
            List<Token> toks = facts.sentence(m.sentence()).tokens();
            int before = m.titleFrom() - 1;
            if (before < 0) {
                continue;
            }
            String w = toks.get(before).lower();
            if (LOCATIVE.contains(w)
                    || w.equals("of") && before > 0 && SETTLEMENT.contains(toks.get(before - 1).lower())) {
                return true;
            }
        }
        return false;
    }
}
