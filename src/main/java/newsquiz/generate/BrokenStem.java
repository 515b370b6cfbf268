package newsquiz.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stems whose cutting left them broken in ways a reader sees at once (holdout 14, first reading):
 * a "Who" question that keeps the speech tag of its sentence ("Who had heard Han conduct in Berlin,
 * he said?"), a statement that opens with the relative pronoun of a clause whose head was cut
 * ("Which began in ___, families must ..."), and a "that" left pointing at an earlier sentence
 * ("Zielinski rejected that, saying ...").
 */
final class BrokenStem {

    private static final Pattern SPEECH_TAG = Pattern.compile(", (?:he|she|they) (?:said|says|added|told \\w+)\\?$");
    private static final Pattern RELATIVE_OPENING = Pattern.compile("^(?:Which|Whom|Whose) (?!of\\b)\\p{Ll}");
    private static final Pattern THAT_POINTING = Pattern.compile("\\b\\p{Ll}+ed that[,.;]");

    private BrokenStem() {
    }

    /** @return what is broken, or null */
    static String find(Candidate c) {
        String stem = StandAlone.LEAD_IN.matcher(c.prompt()).replaceFirst("");
        if (stem.startsWith("Who ") && SPEECH_TAG.matcher(stem).find()) {
            return "a speech tag left in a 'Who' question";
        }
        if (!stem.endsWith("?") && RELATIVE_OPENING.matcher(stem).find()) {
            return "a statement opening with a relative pronoun";
        }
        Matcher that = THAT_POINTING.matcher(StandAlone.QUOTED.matcher(stem).replaceAll(" "));
        if (that.find()) {
            return "'" + that.group() + "' points back to another sentence";
        }
        return null;
    }
}
