package newsquiz.generate;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import newsquiz.bank.QuestionType;

/**
 * A gap with a capitalised word glued to it, "Norges ___", "___ Zurich", "Westbound ___": the key is
 * half of a longer name the extractor did not join (Norges Bank, ETH Zurich, Westbound Live), so the
 * question asks a detail of a name, and a reader who knows the name still reads it as nonsense
 * (holdout 17, first reading: three items). Builders check this for the kinds they know
 * ({@link ClozeQuestions#gluedToName}); this is the last check on the finished stem for any kind.
 */
final class SplitName {

    private SplitName() {
    }

    private static final Pattern BEFORE = Pattern.compile("(^|[\\s(“\"‘])([\\p{L}][\\p{L}.'’-]*)\\s+\\{\\{1}}");
    /** A gap written on to a hyphen: "___-des-Maures", "Saint-___". */
    private static final Pattern HYPHENATED = Pattern.compile("\\{\\{1}}-\\p{L}[\\p{L}-]*|\\p{L}+-\\{\\{1}}");

    /** A gap with a name's small joining words on both sides: "Secretary of ___ for Culture". */
    private static final Pattern BETWEEN_CONNECTORS = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’-]*)\\s+(?:of|for|and|de|del|la)\\s+\\{\\{1}}\\s+(?:of|for|and|de|del|la)\\s+\\p{Lu}");
    /**
     * A gap followed by a word that joins place names and never starts a phrase of its own, then a
     * capital: "___ next the Sea", "___ upon Tyne", "___-under-Lyme" written apart, "___ sur Mer".
     * "and", "of", "on" and "in" are left out: "in ___ and Isabela", "in ___ on Monday" are fine.
     */
    private static final Pattern PLACE_JOINER_AFTER = Pattern.compile(
            "\\{\\{1}}\\s+(next|upon|under|super|sur|am|im|le|la)\\s+(?:the\\s+)?\\p{Lu}");
    /** The same from the other side: "Cley next the ___", "Newcastle upon ___". */
    private static final Pattern PLACE_JOINER_BEFORE = Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]*\\s+(next|upon|under|super|sur|am|im|le|la)\\s+(?:the\\s+)?\\{\\{1}}");
    /** Heads of names that list their fields: "Ministry of Food, Agriculture and Fisheries". */
    private static final String LISTING_HEAD = "(?:Ministry|Department|Institute|Office|Commission|Committee|Council|Agency"
            + "|Authority|Federation|Association|Union|Society|Board|School|College|Museum|Secretary|Minister)";
    /** A gap that is a field of such a name: "Ministry of Food, Agriculture and ___", "Ministry of ___, Agriculture and ...". */
    private static final Pattern LISTED_IN_A_NAME = Pattern.compile(LISTING_HEAD + "\\s+(?:of|for)\\s+(?:the\\s+)?"
            + "(?:(?:\\p{Lu}[\\p{L}'’-]*,?\\s+)+(?:and|&)\\s+\\{\\{1}}|\\{\\{1}}(?:,\\s+|\\s+(?:and|&)\\s+)\\p{Lu})");
    /**
     * "Boxing Union of ___", "Bank of ___": the gap is the rest of a body's name. "the Republic of
     * ___" is left out: the country is the gap, and the seed article's charter item asks it.
     */
    private static final Pattern AFTER_A_BODYS_OF = Pattern.compile("(?:" + LISTING_HEAD.substring(3, LISTING_HEAD.length() - 1)
            + "|Union|Bank|University|Academy|Court|Church|Party)\\s+of\\s+(?:the\\s+)?\\{\\{1}}");
    /** "the ___ of Tartu's School of Medicine", key "University": the gap is the head of "University of Tartu" (holdout 29). */
    private static final Pattern HEAD_BEFORE_OF = Pattern.compile("\\bthe\\s+\\{\\{1}}\\s+of\\s+\\p{Lu}");
    private static final Pattern AFTER = Pattern.compile("\\{\\{1}}\\s+([\\p{L}][\\p{L}'’-]*)");

    /** Capitalised words that may stand next to a gap without being part of its name. */
    static final Set<String> FREE = Set.of("The", "A", "An", "In", "On", "At", "By", "For", "From", "To", "Of",
            "And", "But", "Or", "As", "With", "Since", "Until", "After", "Before", "When", "While", "If", "I");

    /**
     * @param facts the article's facts, or null: a word opening the sentence counts only with evidence
     *              from the article ("Westbound {{1}} said", not "Neighbouring {{1}} was hit")
     * @return the capitalised word glued to the gap, or null
     */
    static String glued(Candidate c, Facts facts) {
        if (c.type() != QuestionType.CLOZE) {
            return null;
        }
        String stem = StandAlone.LEAD_IN.matcher(c.prompt()).replaceFirst("");
        Matcher before = BEFORE.matcher(stem);
        while (before.find()) {
            String w = before.group(2);
            // "An ___ announced", key "Bord Pleanála": English puts "An" only before a vowel sound,
            // so here it is the first word of the name (holdout 19, first reading).
            if (w.equals("An") && c.answer() != null && c.answer().matches("[B-DF-GJ-NP-TV-Zb-df-gj-np-tv-z].*")) {
                return w;
            }
            boolean sentenceStart = before.start(2) == 0 || stem.substring(0, before.start(2)).stripTrailing().matches("(?s).*[.!?]");
            if (capitalisedName(w) && !title(w) && (!sentenceStart || partOfAName(w, c.answer(), facts))) {
                return w;
            }
        }
        Matcher hyphen = HYPHENATED.matcher(stem);
        if (hyphen.find()) {
            return hyphen.group(); // "near ___-des-Maures": the rest of a hyphenated name
        }
        Matcher between = BETWEEN_CONNECTORS.matcher(stem);
        if (between.find()) {
            return between.group(1); // "Secretary of ___ for Culture" (holdout 20, first reading)
        }
        if (c.answer() != null && !c.answer().isEmpty() && Character.isUpperCase(c.answer().charAt(0))
                && HEAD_BEFORE_OF.matcher(stem).find()) {
            return "of"; // a capitalised key before "of" and a name: the head of that name
        }
        Matcher ofBody = AFTER_A_BODYS_OF.matcher(stem);
        if (ofBody.find()) {
            return ofBody.group(); // "the Boxing Union of ___" (holdout 27, first reading)
        }
        Matcher listed = LISTED_IN_A_NAME.matcher(stem);
        if (listed.find()) {
            return listed.group(); // "Ministry of Food, Agriculture and ___" (holdout 25, first reading)
        }
        for (Pattern joined : new Pattern[] {PLACE_JOINER_AFTER, PLACE_JOINER_BEFORE}) {
            Matcher joiner = joined.matcher(stem);
            if (joiner.find()) {
                return joiner.group(1); // "Cley next the Sea" (holdout 22, first reading)
            }
        }
        String inAcronymName = insideAnAcronymsName(stem, c.answer());
        if (inAcronymName != null) {
            return inAcronymName;
        }
        Matcher after = AFTER.matcher(stem);
        while (after.find()) {
            if (capitalisedName(after.group(1))) {
                return after.group(1);
            }
        }
        return null;
    }

    /**
     * A word that opens a sentence is part of a name when the article also writes it capitalised
     * mid-sentence, or writes it at least twice and always right before the key ("Norges Bank").
     */
    private static boolean partOfAName(String w, String key, Facts facts) {
        if (facts == null) {
            return false;
        }
        for (Sentence s : facts.sentences()) {
            for (int k = 1; k < s.tokens().size(); k++) {
                if (s.tokens().get(k).text().equals(w) && !s.tokens().get(k - 1).text().matches("[“\"‘(:]")) {
                    return true;
                }
            }
        }
        if (key == null) {
            return false;
        }
        Matcher word = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])").matcher(facts.text());
        int seen = 0;
        while (word.find()) {
            if (!facts.text().startsWith(" " + key, word.end())) {
                return false;
            }
            seen++;
        }
        return seen >= 2;
    }

    private static final Pattern ACRONYM_IN_BRACKETS = Pattern.compile("\\(([A-Z]{2,7})\\)");

    /**
     * "___ and Dales Community Health (RDCH)": the key with the words around the gap spells the
     * acronym that follows, so the gap is one word of a longer name, with no capital beside it to
     * show it (holdout 18, first reading: key "Ripon" of "Ripon and Dales Community Health").
     *
     * @return the name the gap is part of, or null
     */
    private static String insideAnAcronymsName(String stem, String key) {
        int gap = stem.indexOf("{{1}}");
        if (gap < 0 || key == null || key.isBlank()) {
            return null;
        }
        String filled = stem.substring(0, gap) + key + stem.substring(gap + "{{1}}".length());
        int keyEnd = gap + key.length();
        Matcher m = ACRONYM_IN_BRACKETS.matcher(filled);
        while (m.find()) {
            if (m.start() < keyEnd) {
                continue;
            }
            String before = filled.substring(0, m.start()).stripTrailing();
            String[] words = before.split("\\s+");
            for (int n = 2; n <= Math.min(8, words.length); n++) {
                String run = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
                int runStart = before.length() - run.length();
                if (Character.isUpperCase(run.charAt(0)) && Acronym.spelledOutIn(m.group(1), run)) {
                    if (runStart <= gap && keyEnd <= before.length() && !run.equals(key)) {
                        return run;
                    }
                    break; // this acronym's name is elsewhere in the stem; try the next acronym
                }
            }
        }
        return null;
    }

    private static boolean capitalisedName(String w) {
        return Character.isUpperCase(w.charAt(0)) && !FREE.contains(w) && !Gazetteers.isMonthOrDay(w);
    }

    /** "Prime Minister {{1}}", "Dr {{1}}": a title before a name is no part of it. */
    private static boolean title(String w) {
        for (String t : Gazetteers.TITLES) {
            if (t.equals(w) || t.endsWith(" " + w)) {
                return true;
            }
        }
        return false;
    }
}
