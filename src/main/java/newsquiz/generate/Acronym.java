package newsquiz.generate;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An acronym key whose name the stem spells out: "the Prison Reform Network (___)" asks for the
 * initials of the words just before the gap (holdout 16, first reading). The name gives the
 * acronym away, though not the other way round (initials do not tell a reader the words).
 */
final class Acronym {

    private Acronym() {
    }

    /** Small words a name's initials leave out: "Bank of England" is BoE or BE, "Office for ..." OfX. */
    private static final Set<String> SKIPPED = Set.of("of", "the", "and", "for", "on", "in", "&");
    private static final Pattern KEY = Pattern.compile("[A-Z]{2,7}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}&][\\p{L}'’-]*");

    /** "HSE", "RDCH": two to seven capitals, the shape of a key these checks read as an acronym. */
    static boolean isAcronym(String word) {
        return KEY.matcher(word).matches();
    }

    /** True when {@code key} is all capitals and some run of capitalised words in {@code stem} has it as initials. */
    static boolean spelledOutIn(String key, String stem) {
        if (!isAcronym(key)) {
            return false;
        }
        StringBuilder initials = new StringBuilder(); // "Bank of England": BE
        StringBuilder withSmall = new StringBuilder(); // and BOE
        Matcher m = WORD.matcher(stem);
        while (m.find()) {
            String w = m.group();
            if (Character.isUpperCase(w.charAt(0)) && !w.equals(key)) {
                initials.append(w.charAt(0));
                withSmall.append(w.charAt(0));
                if (initials.toString().endsWith(key) || withSmall.toString().endsWith(key)) {
                    return true;
                }
            } else if (SKIPPED.contains(w) && !initials.isEmpty()) {
                withSmall.append(Character.toUpperCase(w.charAt(0)));
            } else {
                initials.setLength(0);
                withSmall.setLength(0);
            }
        }
        return false;
    }
}
