package newsquiz.generate;

import newsquiz.bank.QuestionType;

/**
 * A gap-fill or true/false stem of eight words or fewer ("Entry will be free until 31 {{1}}.",
 * "The loan runs until the end of ___.") names too little to stand alone: what is entered, lent or
 * built is left to the article. On the first readings of holdouts 1-5 every such stem was either
 * failed (3 of 8) or marked weak for exactly that (5 of 8), none clean; stems of 9-11 words were
 * mostly clean, so the line is drawn at eight (docs/generator-quality.md, "Round 6").
 */
final class ShortStem {

    /** The most words a stem may have and still be too short; the gap counts as a word. */
    static final int MAX_SHORT_WORDS = 8;

    private ShortStem() {
    }

    /** @return true when the candidate shows the reader a sentence too short to say what it is about */
    static boolean tooShort(Candidate c) {
        String shown = shownSentence(c);
        return shown != null && Wording.words(shown) <= MAX_SHORT_WORDS;
    }

    /**
     * The article's sentence as the stem shows it, without the instruction before it; null for
     * types whose stem is a question of the generator's own wording.
     */
    static String shownSentence(Candidate c) {
        String p = c.prompt();
        if (c.type() == QuestionType.CLOZE) {
            int end = p.indexOf(". "); // every cloze instruction is one sentence ending in ". "
            return end < 0 ? p : p.substring(end + 2);
        }
        if (c.type() == QuestionType.NUMERIC || c.type() == QuestionType.TRUE_FALSE) {
            int colon = p.indexOf(": "); // "Fill in the missing number: ", "True or false: "
            return colon < 0 ? p : p.substring(colon + 2);
        }
        return null;
    }
}
