package newsquiz.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire story's dateline at the start of its first paragraph: "GENEVA, 21 June — ", "LISBON, March 3
 * (Newswire) - ", "DUBLIN — ". Read as part of the first sentence it gave a month gap on the dateline's
 * date and "GENEVA" as a rival (holdout 21, first reading), so it is left out of the sentence, as a
 * headline is left out of the article.
 */
final class Dateline {

    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}{2}[\\p{Lu} .'’-]{1,40}(?:,\\s*[\\p{L}\\d .]{1,30})?(?:\\s*\\([^)\\n]{1,30}\\))?\\s*[—–-]{1,2}\\s+");

    private Dateline() {
    }

    /** How many characters at the start of {@code paragraph} are a dateline (0 when there is none). */
    static int length(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.lookingAt()) {
            return 0;
        }
        String place = m.group().split("[,(—–-]")[0].strip();
        // The place is written in capitals ("GENEVA"), not a sentence that opens with an acronym ("NATO - ...").
        return place.length() >= 3 && place.equals(place.toUpperCase(java.util.Locale.ROOT)) ? m.end() : 0;
    }
}
