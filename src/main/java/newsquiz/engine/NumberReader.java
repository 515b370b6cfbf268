package newsquiz.engine;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads the number a learner typed, or says there is none.
 *
 * <p>What is read:
 * <ul>
 *   <li>digits, with an optional sign ({@code -}, {@code +}, any dash, "minus", "negative") and an
 *       optional currency symbol: "16", "-5", "−5", "$16", "minus 5";</li>
 *   <li>thousands separators: comma, space (also no-break and thin spaces) or apostrophe, in groups
 *       of exactly three digits after a first group of one to three: "16,000", "16 000",
 *       "1'000'000". Underscores are not separators;</li>
 *   <li>decimals: a full stop is always a decimal point ("1.5", ".5", "16.000" is sixteen). A comma
 *       is a thousands separator when exactly three digits follow it, otherwise a decimal comma:
 *       "1,5" and "1,50" are 1.5, "16,000" is 16000, "0,500" is 0.5 (no group follows a lone 0).
 *       "1234,567" (a comma group after four digits) is ambiguous and not read;</li>
 *   <li>a scale word after digits: "1.5 million", "16 thousand", "2 dozen";</li>
 *   <li>English number words up to the billions: "sixteen", "twenty-one", "one hundred and five",
 *       "ninety-nine thousand nine hundred ninety-nine", "a dozen", "a thousand", "zero";
 *       ordinals too ("eleventh", "twenty-first", "16th");</li>
 *   <li>anything after the number that holds no further number is ignored: a unit or words
 *       ("16 states", "6 months", "16%", "sixteen countries").</li>
 * </ul>
 *
 * <p>Not a number (empty result): blank input, words only ("many"), a second number anywhere
 * after the first ("16 or 17", "16-17", "sixteen or seventeen", "11 of 16", "1/2"), anything before
 * the number other than a sign or currency ("about 16"), malformed groups ("1,2345,678"),
 * exponents ("1e5"), and input longer than {@value #MAX_LENGTH} characters. Front ends treat an
 * empty result as "please type a number", not as a wrong answer, so refusing the ambiguous is safe.
 *
 * <p>A unit that is itself a scale word is read as a scale: "1.5 million" is 1,500,000. A checker
 * whose question's unit is "million" should remove that unit from the typed text first.
 */
public final class NumberReader {

    /** Longer input is not a typed number; also bounds the cost of BigDecimal parsing. */
    public static final int MAX_LENGTH = 200;

    private static final Map<String, Integer> UNITS = Map.of(
            "one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9);
    private static final Map<String, Integer> TEENS = Map.of(
            "ten", 10, "eleven", 11, "twelve", 12, "thirteen", 13, "fourteen", 14,
            "fifteen", 15, "sixteen", 16, "seventeen", 17, "eighteen", 18, "nineteen", 19);
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Long> SCALES = Map.of(
            "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

    /** 1,000,000 for "million" (any case), and so on for the scale words this reader knows; 0 for any other word. */
    static long scale(String word) {
        return SCALES.getOrDefault(word.toLowerCase(Locale.ROOT), 0L);
    }
    private static final Set<String> ZEROS = Set.of("zero", "nought", "naught", "nil");
    private static final Map<String, String> ORDINALS = ordinals();

    /** Words that, after a number, mean a second number follows. "second" is left out: a unit. */
    private static final Set<String> NUMBER_WORDS = numberWords();

    private NumberReader() {
    }

    /** The number in {@code typed}, or empty when it holds none or is ambiguous. */
    public static OptionalDouble read(String typed) {
        Objects.requireNonNull(typed, "typed");
        if (typed.length() > MAX_LENGTH) {
            return OptionalDouble.empty();
        }
        String s = prepare(typed);
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i = skipSpaces(s, i + 1);
        } else if (s.startsWith("minus ") || s.startsWith("negative ")) {
            negative = true;
            i = skipSpaces(s, s.indexOf(' '));
        }
        if (i < s.length() && Character.getType(s.charAt(i)) == Character.CURRENCY_SYMBOL) {
            i = skipSpaces(s, i + 1);
        }
        BigDecimal value = startsDigits(s, i) ? readDigits(s, i) : readWords(s, i);
        if (value == null) {
            return OptionalDouble.empty();
        }
        double d = (negative ? value.negate() : value).doubleValue();
        return Double.isFinite(d) ? OptionalDouble.of(d == 0 ? 0.0 : d) : OptionalDouble.empty();
    }

    /** NFKC, lower case, ASCII digits, one kind of dash, apostrophe and space; trimmed. */
    private static String prepare(String typed) {
        String s = Normalizer.normalize(typed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else if (type == Character.DASH_PUNCTUATION || cp == '\u2212') {
                out.append('-');
            } else if (cp == '\u2019' || cp == '\u2018' || cp == '\u02BC') {
                out.append('\'');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (type != Character.FORMAT) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().trim();
    }

    private static boolean isDigit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    private static boolean startsDigits(String s, int i) {
        return isDigit(s, i) || (i < s.length() && s.charAt(i) == '.' && isDigit(s, i + 1));
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int digitsEnd(String s, int i) {
        while (isDigit(s, i)) {
            i++;
        }
        return i;
    }

    private static boolean isGroupSeparator(char c) {
        return c == ',' || c == ' ' || c == '\'';
    }

    /** True when exactly three digits start at {@code i}. */
    private static boolean isGroup(String s, int i) {
        return digitsEnd(s, i) - i == 3;
    }

    private static BigDecimal readDigits(String s, int start) {
        int i = digitsEnd(s, start);
        StringBuilder number = new StringBuilder(s.substring(start, i));
        int firstGroup = i - start;
        char separator = 0;
        if (i < s.length() && isGroupSeparator(s.charAt(i)) && isGroup(s, i + 1)) {
            boolean loneZero = firstGroup == 1 && s.charAt(start) == '0';
            if (firstGroup >= 1 && firstGroup <= 3 && !loneZero) {
                separator = s.charAt(i);
                while (i < s.length() && s.charAt(i) == separator && isGroup(s, i + 1)) {
                    number.append(s, i + 1, i + 4);
                    i += 4;
                }
            } else if (s.charAt(i) == ',' && firstGroup > 3) {
                return null; // "1234,567": neither a clean group nor a clear decimal comma
            }
            // otherwise "0,500" is a decimal comma, and "0 500" two numbers: see below
        }
        if (i + 1 < s.length() && (s.charAt(i) == '.' || (s.charAt(i) == ',' && separator == 0))
                && isDigit(s, i + 1)) {
            int end = digitsEnd(s, i + 1);
            number.append('.').append(s, i + 1, end);
            i = end;
        }
        BigDecimal value = new BigDecimal(number.length() > 0 && number.charAt(0) == '.' ? "0" + number : number.toString());
        List<String> rest = words(s.substring(i));
        if (rest == null) {
            return null;
        }
        if (!rest.isEmpty()) {
            String first = rest.get(0);
            long scale = first.equals("hundred") ? 100 : first.equals("dozen") ? 12 : SCALES.getOrDefault(first, 0L);
            if (scale > 0) {
                value = value.multiply(BigDecimal.valueOf(scale));
                rest = rest.subList(1, rest.size());
            }
        }
        return noFurtherNumber(rest) ? value : null;
    }

    /** The words of {@code s}, split at anything but letters and apostrophes; null if it has a digit. */
    private static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                return null;
            }
            if (Character.isLetter(c) || c == '\'') {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean noFurtherNumber(List<String> rest) {
        for (String w : rest) {
            if (NUMBER_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private enum Last { START, A, UNIT, TEEN, TENS, HUNDRED, SCALE, AND }

    private static BigDecimal readWords(String s, int start) {
        List<String> words = words(s.substring(start));
        if (words == null || words.isEmpty()) {
            return null;
        }
        long total = 0;
        long current = 0;
        long lastScale = Long.MAX_VALUE;
        Last last = Last.START;
        int k = 0;
        boolean ended = false;
        for (; k < words.size() && !ended; k++) {
            String word = words.get(k);
            String cardinal = ORDINALS.get(word);
            if (cardinal != null) {
                word = cardinal;
                ended = true; // an ordinal is the last word of its number
            }
            if (word.equals("and")) {
                boolean joins = (last == Last.HUNDRED || last == Last.SCALE) && k + 1 < words.size()
                        && isBelowHundred(words.get(k + 1));
                if (!joins) {
                    break;
                }
                last = Last.AND;
            } else if (word.equals("a") && last == Last.START) {
                current = 1;
                last = Last.A;
            } else if (ZEROS.contains(word)) {
                if (last != Last.START) {
                    return null;
                }
                last = Last.UNIT;
                ended = true;
            } else if (UNITS.containsKey(word)) {
                if (!(last == Last.START || last == Last.HUNDRED || last == Last.SCALE
                        || last == Last.AND || last == Last.TENS)) {
                    return null;
                }
                current += UNITS.get(word);
                last = Last.UNIT;
            } else if (TEENS.containsKey(word) || TENS.containsKey(word)) {
                if (!(last == Last.START || last == Last.HUNDRED || last == Last.SCALE || last == Last.AND)) {
                    return null;
                }
                boolean teen = TEENS.containsKey(word);
                current += teen ? TEENS.get(word) : TENS.get(word);
                last = teen ? Last.TEEN : Last.TENS;
            } else if (word.equals("hundred")) {
                if (!isMultiplier(last) || current <= 0 || current >= 100) {
                    return null;
                }
                current *= 100;
                last = Last.HUNDRED;
            } else if (word.equals("dozen")) {
                if (!isMultiplier(last) || current >= 100) {
                    return null;
                }
                current *= 12;
                last = Last.UNIT;
                ended = true;
            } else if (SCALES.containsKey(word)) {
                long scale = SCALES.get(word);
                if (!(isMultiplier(last) || last == Last.HUNDRED) || scale >= lastScale) {
                    return null;
                }
                total += current * scale;
                current = 0;
                lastScale = scale;
                last = Last.SCALE;
            } else {
                break;
            }
        }
        if (last == Last.START || last == Last.A || last == Last.AND) {
            return null;
        }
        List<String> rest = words.subList(k, words.size());
        return noFurtherNumber(rest) ? BigDecimal.valueOf(total + current) : null;
    }

    private static boolean isMultiplier(Last last) {
        return last == Last.UNIT || last == Last.TEEN || last == Last.TENS || last == Last.A;
    }

    private static boolean isBelowHundred(String word) {
        String w = ORDINALS.getOrDefault(word, word);
        return UNITS.containsKey(w) || TEENS.containsKey(w) || TENS.containsKey(w);
    }

    private static Map<String, String> ordinals() {
        return Map.ofEntries(
                Map.entry("first", "one"), Map.entry("second", "two"), Map.entry("third", "three"),
                Map.entry("fourth", "four"), Map.entry("fifth", "five"), Map.entry("sixth", "six"),
                Map.entry("seventh", "seven"), Map.entry("eighth", "eight"), Map.entry("ninth", "nine"),
                Map.entry("tenth", "ten"), Map.entry("eleventh", "eleven"), Map.entry("twelfth", "twelve"),
                Map.entry("thirteenth", "thirteen"), Map.entry("fourteenth", "fourteen"),
                Map.entry("fifteenth", "fifteen"), Map.entry("sixteenth", "sixteen"),
                Map.entry("seventeenth", "seventeen"), Map.entry("eighteenth", "eighteen"),
                Map.entry("nineteenth", "nineteen"), Map.entry("twentieth", "twenty"),
                Map.entry("thirtieth", "thirty"), Map.entry("fortieth", "forty"),
                Map.entry("fiftieth", "fifty"), Map.entry("sixtieth", "sixty"),
                Map.entry("seventieth", "seventy"), Map.entry("eightieth", "eighty"),
                Map.entry("ninetieth", "ninety"), Map.entry("hundredth", "hundred"),
                Map.entry("thousandth", "thousand"), Map.entry("millionth", "million"),
                Map.entry("billionth", "billion"), Map.entry("zeroth", "zero"));
    }

    private static Set<String> numberWords() {
        Set<String> words = new java.util.HashSet<>();
        words.addAll(UNITS.keySet());
        words.addAll(TEENS.keySet());
        words.addAll(TENS.keySet());
        words.addAll(SCALES.keySet());
        words.addAll(ZEROS);
        words.addAll(ORDINALS.keySet());
        words.add("hundred");
        words.add("dozen");
        words.add("half");
        words.remove("second");
        return Set.copyOf(words);
    }
}
