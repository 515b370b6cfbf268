package newsquiz.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gap-fill, number or true/false stem that opens inside someone's words ("“You cannot close ___
 * Welsh-language schools ...,” Ó Dálaigh said."): speech leans on the scene it was said in, with
 * its "this moment", "that drink" and "we", and the quotation is often cut from a longer one. On
 * the first readings of holdouts 10 to 22, 7 of the 16 such stems of holdouts 16-22 failed and the
 * rest were weak, none clean (docs/generator-quality.md, "Round 9"), so they are not asked. A title
 * in quotation marks ("“The Silent Valley” plays in ...") is a name, not speech, and stays.
 */
final class QuotedSpeechStem {

    /** Fewer words than this in the opening quotation: a title or a phrase, not a remark. */
    static final int MIN_SPEECH_WORDS = 5;

    private static final Pattern OPENING = Pattern.compile("^[“\"]([^”\"]*)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*|___|\\{\\{1}}");

    private QuotedSpeechStem() {
    }

    /**
     * A sentence that starts inside a quotation opened in the sentence before ("“The ambition is
     * understandable. The question is who pays the interest in 2035,” she said."): its stem is
     * speech with no opening quotation mark to show it (holdout 24, first reading).
     */
    static boolean continuesSpeech(Candidate c, Facts facts) {
        if (facts == null || c.sentence() < 1 || c.sentence() > facts.sentences().size()
                || ShortStem.shownSentence(c) == null || !StandAlone.LEAD_IN.matcher(c.prompt()).lookingAt()) {
            return false;
        }
        return facts.startsInSpeech().get(c.sentence() - 1);
    }

    /** @return true when the candidate's shown sentence starts with a quotation that reads as speech */
    static boolean opensInSpeech(Candidate c) {
        String shown = ShortStem.shownSentence(c);
        if (shown == null || !StandAlone.LEAD_IN.matcher(c.prompt()).lookingAt()) {
            return false;
        }
        Matcher m = OPENING.matcher(shown.strip());
        if (!m.find()) {
            return false;
        }
        int words = 0;
        int lower = 0;
        Matcher w = WORD.matcher(m.group(1));
        while (w.find()) {
            words++;
            if (!Character.isUpperCase(w.group().charAt(0))) {
                lower++;
            }
        }
        // A title capitalises most of its words; speech is mostly lower case.
        return words >= MIN_SPEECH_WORDS && 2 * lower >= words;
    }
}
