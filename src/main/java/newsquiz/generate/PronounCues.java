package newsquiz.generate;

import java.util.List;
import java.util.Set;

/**
 * What the pronoun resolver reads besides the nearest name: a person's sex where the article gives
 * it beside the name ("His mother, Nguyễn Thị Lan, ..."; "Mrs Ellison"), and whether a "he" or
 * "she" is inside someone's words ("'He chose windy days,' the prosecutor said": the "he" is the
 * person the speaker talks about, not the last person named). Holdout 20's first reading had a
 * wrong key from each.
 */
final class PronounCues {

    private PronounCues() {
    }

    private static final Set<String> FEMALE = Set.of("mother", "wife", "daughter", "sister", "grandmother", "aunt",
            "niece", "girlfriend", "widow", "mrs", "ms", "miss", "madam", "lady", "dame", "queen", "princess",
            "actress", "businesswoman", "chairwoman", "congresswoman", "spokeswoman", "sportswoman");
    private static final Set<String> MALE = Set.of("father", "husband", "son", "brother", "grandfather", "uncle",
            "nephew", "boyfriend", "widower", "mr", "sir", "lord", "king", "prince", "businessman", "chairman",
            "congressman", "spokesman", "sportsman");
    /** Words that may stand between the cue and the name: "His mother, X", "the late Mrs X". */
    private static final Set<String> BETWEEN = Set.of(",", "the", "a", "his", "her", "their", "late", ".");

    /**
     * 'f' or 'm' when a word for a woman or a man stands right before the name (its title
     * included: "Mrs", "Mr"), 0 when the article says nothing there.
     */
    static char genderAt(Sentence s, Mention m) {
        List<Token> toks = s.tokens();
        for (int k = m.from() - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
            String w = toks.get(k).lower();
            if (FEMALE.contains(w)) {
                return 'f';
            }
            if (MALE.contains(w)) {
                return 'm';
            }
            if (k < m.titleFrom() && !BETWEEN.contains(w)) {
                break;
            }
        }
        return 0;
    }

    /**
     * For each sentence, whether it starts inside a quotation opened in an earlier sentence of the
     * same paragraph ("'This was no moment of madness,' he said. 'He chose windy days.'" has none,
     * but "“He chose dry days. He chose windy days.”" carries the second sentence inside).
     */
    static boolean[] startsInSpeech(List<Sentence> sentences, String text) {
        boolean[] out = new boolean[sentences.size()];
        boolean open = false;
        int previousEnd = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (text.substring(Math.min(previousEnd, s.start()), s.start()).contains("\n")) {
                open = false; // a paragraph closes what its quotation left open
            }
            out[i] = open;
            open = openAfter(s, open);
            previousEnd = s.end();
        }
        return out;
    }

    /** {@link #subjectPronoun}: the sentence's "he"/"she" are all inside someone's words. */
    static final char ONLY_IN_SPEECH = 'q';

    /**
     * The sex of the sentence's first "he" or "she" outside quotation marks ('m' or 'f'); {@link
     * #ONLY_IN_SPEECH} when every one is inside them ("'He chose windy days,' she said" gives 'f';
     * "“He chose windy days.”" gives 'q'); 0 when the sentence has neither.
     */
    static char subjectPronoun(Sentence s, boolean startsInSpeech) {
        boolean in = startsInSpeech;
        boolean quoted = false;
        for (Token t : s.tokens()) {
            if (t.lower().equals("he") || t.lower().equals("she")) {
                if (!in) {
                    return t.lower().equals("he") ? 'm' : 'f';
                }
                quoted = true;
            }
            in = insideAfter(t.text(), in);
        }
        return quoted ? ONLY_IN_SPEECH : 0;
    }

    private static boolean openAfter(Sentence s, boolean open) {
        boolean in = open;
        for (Token t : s.tokens()) {
            in = insideAfter(t.text(), in);
        }
        return in;
    }

    /** Whether a quotation is open after token {@code w}; a straight mark opens or closes by turns. */
    static boolean insideAfter(String w, boolean in) {
        if (w.equals("“") || w.equals("\"") && !in) {
            return true;
        }
        return !(w.equals("”") || w.equals("\"")) && in;
    }

    /**
     * "A spokeswoman for DHL said ...", "One resident, who asked not to be named, said ...": the
     * sentence opens on a person the article does not name (an article or "one", then a word for
     * a person among the next three nouns and adjectives).
     */
    static boolean opensWithUnnamedPerson(Sentence s) {
        List<Token> toks = s.tokens();
        if (toks.size() < 2 || !toks.get(0).lower().matches("a|an|one|another")) {
            return false;
        }
        // "A spokeswoman", "A local resident", "A café owner": up to three nouns and adjectives
        for (int k = 1; k < Math.min(toks.size(), 4) && (toks.get(k).is("NOUN") || toks.get(k).is("ADJ")); k++) {
            if (toks.get(k).is("NOUN") && EntityExtractor.isPersonNoun(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Not "at" or "from": "analysts at Nordvik Securities", "the shot came from Tomas Jankauskas". */
    private static final Set<String> LOCATIVES = Set.of("in", "near", "outside", "inside", "across", "around", "beside");

    /**
     * "The Royal College of Midwives in Wales said ...", "a café owner near the Sea Organ": a name
     * after a preposition of place is where someone is, not who speaks (holdouts 31 and 32: three
     * quotations credited to a place).
     */
    static boolean placePhrase(Sentence s, Mention m) {
        int k = m.titleFrom() - 1;
        if (k >= 0 && s.tokens().get(k).lower().equals("the")) {
            k--;
        }
        return k >= 0 && LOCATIVES.contains(s.tokens().get(k).lower());
    }

    /**
     * Whether the quotation in sentence {@code sentence} is credited to a place: a country or nation,
     * or a name the sentence writes after a preposition of place ("The Royal College of Midwives in
     * Wales said ...").
     */
    static boolean speakerIsAPlace(Facts facts, Entity speaker, int sentence) {
        if (Gazetteers.country(speaker.name()) != null || Gazetteers.UK_NATIONS.contains(speaker.name())
                || Gazetteers.isMonthOrDay(speaker.name().replaceFirst("s$", ""))) {
            return true; // "... said Sundays already brought in ...": a day is nobody either
        }
        for (Mention m : speaker.mentions()) {
            if (m.sentence() == sentence && placePhrase(facts.sentence(sentence), m)) {
                return true;
            }
        }
        return false;
    }
}
