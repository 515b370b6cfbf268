package newsquiz.generate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import newsquiz.bank.QuestionType;

/**
 * Two ways a finished stem fails to stand alone that {@link DanglingReference} does not see
 * (Round 7, holdout 6 class b): a count whose noun is left out ("five of the twelve were ...":
 * twelve what?), and first-person words ("our nurses") in a stem that never says who is speaking.
 */
final class StandAlone {

    private StandAlone() {
    }

    static final Pattern LEAD_IN = Pattern.compile(
            "^(Fill in the missing [a-z]+: |True or false: |Type the missing [a-z]+\\. |Choose the words? that completes? the sentence\\. )");
    static final Pattern QUOTED = Pattern.compile("[“\"][^”\"]*[”\"]");
    private static final String NUMBER = "(?:" + String.join("|", FactExtractor.NUMBER_WORDS.keySet()) + "|\\d+(?:[,.]\\d+)*|___)";
    /** "the twelve were", "these two.", "those 40 of": a determiner, a number, then what follows. */
    private static final Pattern COUNT = Pattern.compile("(?i)\\b(?:the|these|those)\\s+" + NUMBER + "(?![\\p{L}\\d-])\\s*(\\p{L}[\\p{L}'’-]*|[^\\p{L}\\s]|$)");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Uu]s|[Oo]ur|[Oo]urs|[Oo]urselves)\\b");
    private static final Pattern SPEECH = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|added|adds|asked|wrote|writes|explained|"
            + "argued|insisted|warned|noted|recalled|stated|according)\\b");

    /**
     * "Five of the twelve were directed by women": a number after "the", "these" or "those" with no
     * noun after it counts something named in another sentence. A noun, adjective, unit or number
     * after it ("the two companies", "the 2 percent goal") keeps the count whole.
     *
     * @param source the sentence the stem was cut from (for the tag of the word after the number), or null
     * @return the elliptical phrase, or null
     */
    static String ellipticalCount(String prompt, Sentence source) {
        String stem = QUOTED.matcher(LEAD_IN.matcher(prompt).replaceFirst("")).replaceAll(" \"\" ");
        Matcher m = COUNT.matcher(stem);
        while (m.find()) {
            String next = m.group(1);
            if (!next.isEmpty() && Character.isLetter(next.charAt(0)) && nounLike(next, source)) {
                continue;
            }
            return m.group().strip();
        }
        return null;
    }

    private static boolean nounLike(String word, Sentence source) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.matches("percent|per|cent|%|million|billion|thousand|hundred")) {
            return true;
        }
        if (source == null) {
            return !lower.matches("of|were|was|are|is|had|have|has|who|which|that|in|on|at|and|or|but|will|would|could|may");
        }
        for (Token t : source.tokens()) {
            if (t.text().equals(word)) {
                return t.is("NOUN") || t.is("PROPN") || t.is("ADJ") || t.is("NUM") || t.is("SYM") || t.is("X");
            }
        }
        return false;
    }

    /** Words no English sentence or question ends with: a stem ending in one was cut short. */
    private static final Set<String> NEVER_LAST = Set.of("and", "or", "but", "nor", "the", "a", "an", "than",
            "because", "while", "whereas", "although", "if");

    /**
     * The last word of a stem cut short ("Who became an international master last year and?",
     * holdout 9), or null when the stem ends as a sentence can.
     */
    static String cutShort(String prompt) {
        String[] words = prompt.replaceAll("[\\s?.!”\"’:;,]+$", "").split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return NEVER_LAST.contains(last) ? last : null;
    }

    /**
     * "Fill in the missing number: "Our nurses are writing doses on paper, the way they did ___
     * years ago."": first-person words with no speaker in the stem belong to nobody. A stem that
     * asks who spoke ("Who said ...?"), a matching item (which shows the speakers) and a stem with a
     * verb of saying outside the quotation ("..., Brekke told ...") are fine.
     *
     * @return the first-person word left without a speaker, or null
     */
    static String speakerless(Candidate c) {
        if (c.type() == QuestionType.MATCHING) {
            return null;
        }
        String stem = LEAD_IN.matcher(c.prompt()).replaceFirst("");
        if (stem.startsWith("Who ")) {
            return null;
        }
        String outside = QUOTED.matcher(stem).replaceAll(" ");
        if (!stem.equals(outside) && outside.chars().noneMatch(Character::isLetter)) {
            // ""It had been on that wall for ___ years."": a stem that is all quotation has no speaker
            // and no scene for its "it" and "that" (holdout 12, first reading)
            return stem.strip();
        }
        Matcher m = FIRST_PERSON.matcher(stem);
        if (!m.find() || SPEECH.matcher(outside).find()) {
            return null;
        }
        return m.group();
    }

    /**
     * "A shorter outage of about ___ hours affected ...", "Another 300 homes were ...", "The previous
     * record, ___ metres, ...": a stem that opens on a comparison, with no "than" to say what it is
     * compared with, leans on something the article said before (holdout 25, first reading). An
     * ordinal ("A fourth round of talks ...") states its own fact and stays.
     */
    private static final Pattern COMPARED_OPENING = Pattern.compile("^(?:(?:In|On|At|During|By|Earlier|Last)\\s+[^,]{1,30},\\s+)?"
            + "(?:(?:[Aa]|[Aa]n|[Tt]he)\\s+(?:shorter|longer|smaller|larger|bigger"
            + "|higher|lower|earlier|later|newer|older|cheaper|faster|slower|wider|deeper|stronger|weaker|greater|further"
            + "|previous|separate|similar)|[Aa]nother)\\b");

    /** "Previous estimates relied on ...", "Similar schemes ...": the same with no article (holdout 27). */
    private static final Pattern BARE_COMPARED_OPENING = Pattern.compile("^(?:Previous|Similar|Comparable)\\b");
    /** "Who is about five centimetres shorter?": a comparison made in the predicate (holdout 27). */
    private static final Pattern COMPARED_PREDICATE = Pattern.compile("\\b(?:is|was|are|were|be|been)\\s+(?:[\\w.,]+\\s+){0,3}?"
            + "(?:shorter|taller|longer|smaller|larger|bigger|higher|lower|older|younger|cheaper|dearer|faster|slower|heavier"
            + "|lighter|stronger|weaker|better|worse)\\b");
    /** "Fiji passed a similar law in 2024": similar to what (holdout 28). */
    private static final Pattern SIMILAR_THING = Pattern.compile("\\b(?:similar|comparable)\\s+(?!(?:to|as)\\b)\\p{L}+(?!\\s+(?:to|as)\\b)");
    /** "Most were delayed holiday flights": a quantifier standing for something named before (holdout 28). */
    private static final Pattern BARE_QUANTIFIER_SUBJECT = Pattern.compile("^(?:(?:Most|Many|Some|Few|Several|All|Both|None|Half|Others"
            + "|The rest|The remainder)"
            + "|(?:(?:Fewer|More|Less)\\s+than\\s+|About\\s+|Around\\s+|Nearly\\s+|Almost\\s+|Over\\s+)?(?:[\\d][\\d,.]*|___))"
            + "\\s+(?:were|are|was|is|had|have|has|will|would|could|can|did|do|comes|came|held|hold)\\b");
    // "Fewer than 10,000 are believed to survive" (holdout 29); "The rest held between ___% and 30%" (holdout 32)

    /** @return the words compared with nothing in the stem, or null */
    static String comparedWithNothing(Candidate c) {
        String prompt = c.prompt();
        if (!Wording.containsWord(prompt, "than")) {
            Matcher predicate = COMPARED_PREDICATE.matcher(QUOTED.matcher(prompt).replaceAll(" "));
            if (predicate.find()) {
                return predicate.group();
            }
        }
        String shown = ShortStem.shownSentence(c);
        if (shown == null || !LEAD_IN.matcher(prompt).lookingAt()) {
            return null;
        }
        shown = shown.strip();
        for (Pattern p : new Pattern[] {COMPARED_OPENING, BARE_COMPARED_OPENING, SIMILAR_THING}) {
            Matcher m = p.matcher(shown);
            if (m.find() && !Wording.containsWord(shown, "than")) {
                return m.group(); // with an opening time too: "In March, a shorter ..."
            }
        }
        Matcher quantifier = BARE_QUANTIFIER_SUBJECT.matcher(shown);
        return quantifier.find() ? quantifier.group() : null;
    }
}
