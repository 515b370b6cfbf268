package newsquiz.engine;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import newsquiz.text.LatinLetters;

/**
 * Brings a typed answer and the bank's accepted answers to one comparable form, so that
 * "  The U.S.  " matches "US" and "Əliyev" matches "Aliyev".
 *
 * <p>Steps, in order:
 * <ol>
 *   <li>Unicode NFKC (full-width letters, ligatures, superscripts become plain ones);</li>
 *   <li>lower case ({@link Locale#ROOT}, final sigma folded to sigma) unless case-sensitive;</li>
 *   <li>diacritics stripped (NFD, non-spacing marks removed), then letters that do not decompose
 *       are spelled in Latin by {@link LatinLetters}: ə→a (Azerbaijani romanisation: Əliyev is
 *       written Aliyev), ı→i, ø→o, ł→l, đ/ð→d, ħ→h, ŧ→t, ß→ss, æ→ae, œ→oe, þ→th; digits of any
 *       script become ASCII digits;</li>
 *   <li>punctuation: apostrophes (straight or curly) and full stops vanish inside words
 *       ("U.S." → "us", "Azerbaijan’s" → "azerbaijans"); every other punctuation mark or symbol,
 *       including quotes and all dashes, separates words; {@code &} reads as "and";</li>
 *   <li>numbers keep what they need, with {@link NumberReader}'s rules for commas and points: a
 *       full stop between digits stays ("1.5"); a comma between digits is a thousands separator,
 *       and is dropped, when exactly three digits follow it and one to three digits (not a lone
 *       0) or earlier groups precede it ("16,000" → "16000", "1,000,000" → "1000000"); any
 *       other comma between digits is a decimal comma ("1,5" → "1.5", "0,500" → "0.500"); a dash
 *       right before a digit that does not follow a letter or digit is a minus sign ("-5").
 *       Groups separated by spaces are left as two numbers here ("16 000");</li>
 *   <li>invisible format characters (zero-width spaces, soft hyphens, bidi controls) removed,
 *       control characters and any run of white space become one space, ends trimmed;</li>
 *   <li>leading English articles removed ("the", "a", "an"), repeatedly, but never the last
 *       word: "The Hague" → "hague", "A" stays "a".</li>
 * </ol>
 * The result is idempotent: {@code normalize(normalize(x)) == normalize(x)}.
 */
public final class TextNormalizer {

    private static final String[] ARTICLES = {"the", "a", "an"};

    private TextNormalizer() {
    }

    /** Case-insensitive normal form. */
    public static String normalize(String text) {
        return normalize(text, false);
    }

    /** Normal form; with {@code caseSensitive} letters keep their case, all else is the same. */
    public static String normalize(String text, boolean caseSensitive) {
        Objects.requireNonNull(text, "text");
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (!caseSensitive) {
            s = s.toLowerCase(Locale.ROOT).replace('ς', 'σ');
        }
        s = foldLetters(s);
        s = punctuationAndSpace(s);
        return stripArticles(s);
    }

    /** Diacritics off, undecomposable letters spelled in Latin, digits in ASCII; recomposed NFC. */
    private static String foldLetters(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                return;
            }
            if (type == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(cp, 10)));
                return;
            }
            String spelled = LatinLetters.spell(cp);
            if (spelled != null) {
                out.append(spelled);
            } else {
                out.appendCodePoint(cp);
            }
        });
        // NFD split Hangul syllables into jamo; put them back together.
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isApostrophe(int cp) {
        switch (cp) {
            case '\'': case '`': case '\u2018': case '\u2019': case '\u201B': case '\u2032':
            case '\u02BC': case '\u02BB': case '\uFF07':
                return true;
            default:
                return false;
        }
    }

    private static boolean isDash(int cp) {
        return cp == '-' || Character.getType(cp) == Character.DASH_PUNCTUATION || cp == '\u2212';
    }

    /** Characters that join within a word and simply vanish. */
    private static boolean vanishesInWord(int cp) {
        return isApostrophe(cp) || cp == '.' || cp == '\u00B7' || cp == '\u2027';
    }

    private static boolean isDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    private static String punctuationAndSpace(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            int prev = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
            int next = i + 1 < cps.length ? cps[i + 1] : ' ';
            int type = Character.getType(cp);
            if (type == Character.FORMAT || type == Character.SURROGATE) {
                continue;
            }
            if (isDigit(prev) && isDigit(next) && (cp == '.' || cp == ',')) {
                if (cp == '.') {
                    out.append('.');
                } else if (!(isThousandsGroup(cps, i + 1) && groupsBefore(cps, i))) {
                    out.append('.');
                }
                continue;
            }
            if (isDash(cp) && isDigit(next) && !Character.isLetterOrDigit(prev) && prev != '-') {
                out.append('-');
                continue;
            }
            if (vanishesInWord(cp)) {
                continue;
            }
            if (cp == '&') {
                out.append(" and ");
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
                    || isPunctuationOrSymbol(type)) {
                out.append(' ');
                continue;
            }
            out.appendCodePoint(cp);
        }
        return collapseSpaces(out);
    }

    /**
     * True when the digits and commas just before {@code comma} read as the start of a grouped
     * number: one to three digits, not a lone 0, then any number of ",ddd" groups.
     */
    static boolean groupsBefore(int[] cps, int comma) {
        int start = comma;
        while (start > 0 && (isDigit(cps[start - 1]) || cps[start - 1] == ',')) {
            start--;
        }
        int lead = 0;
        while (start + lead < comma && isDigit(cps[start + lead])) {
            lead++;
        }
        if (lead < 1 || lead > 3 || (lead == 1 && cps[start] == '0')) {
            return false;
        }
        for (int k = start + lead; k < comma; k += 4) {
            if (cps[k] != ',' || k + 4 > comma || !isThousandsGroup(cps, k + 1)) {
                return false;
            }
        }
        return true;
    }

    /** True when exactly three ASCII digits start at {@code from} and no digit follows them. */
    static boolean isThousandsGroup(int[] cps, int from) {
        for (int k = 0; k < 3; k++) {
            if (from + k >= cps.length || !isDigit(cps[from + k])) {
                return false;
            }
        }
        return from + 3 >= cps.length || !isDigit(cps[from + 3]);
    }

    private static boolean isPunctuationOrSymbol(int type) {
        switch (type) {
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
            case Character.MATH_SYMBOL:
            case Character.CURRENCY_SYMBOL:
            case Character.MODIFIER_SYMBOL:
            case Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }

    private static String collapseSpaces(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
    }

    private static String stripArticles(String s) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String article : ARTICLES) {
                int n = article.length();
                if (s.length() > n + 1 && s.charAt(n) == ' ' && s.regionMatches(true, 0, article, 0, n)) {
                    s = s.substring(n + 1);
                    stripped = true;
                }
            }
        }
        return s;
    }
}
