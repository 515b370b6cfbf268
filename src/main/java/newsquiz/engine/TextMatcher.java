package newsquiz.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a typed answer is one of the accepted answers.
 *
 * <ol>
 *   <li>Both sides are brought to {@link TextNormalizer} form. An answer that normalises to
 *       nothing (blank, only punctuation) never matches; nor does an accepted answer that does.</li>
 *   <li>Exact: the first accepted answer whose normal form equals the typed one.</li>
 *   <li>Typo (only when allowed): the accepted answer closest by {@link EditDistance} within the
 *       budget its length earns under the {@link TypoPolicy}; ties go to the earlier one. Numbers
 *       are never subject to typos: the typed answer and the accepted one must contain the same
 *       numbers in the same order ("11 states" never matches "16 states", nor "1 state" "11
 *       states"). With {@code caseSensitive}, a change of case counts as an edit.</li>
 * </ol>
 */
public final class TextMatcher {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)*");

    private final TypoPolicy policy;

    /** A matcher with {@link TypoPolicy#STANDARD}. */
    public TextMatcher() {
        this(TypoPolicy.STANDARD);
    }

    public TextMatcher(TypoPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public TextMatch match(String given, List<String> accepted, boolean caseSensitive, boolean typosAllowed) {
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(accepted, "accepted");
        String typed = TextNormalizer.normalize(given, caseSensitive);
        if (typed.isEmpty()) {
            return TextMatch.none();
        }
        List<String> forms = new ArrayList<>(accepted.size());
        for (String answer : accepted) {
            String form = TextNormalizer.normalize(Objects.requireNonNull(answer, "accepted answer"), caseSensitive);
            if (form.equals(typed)) {
                return TextMatch.exact(answer);
            }
            forms.add(form);
        }
        if (!typosAllowed) {
            return TextMatch.none();
        }
        List<String> typedNumbers = numbers(typed);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < forms.size(); i++) {
            String form = forms.get(i);
            int budget = policy.allowedEdits(form);
            if (form.isEmpty() || budget == 0 || !numbers(form).equals(typedNumbers)) {
                continue;
            }
            int distance = EditDistance.distance(typed, form, budget);
            if (distance <= budget && distance < bestDistance) {
                best = accepted.get(i);
                bestDistance = distance;
            }
        }
        return best == null ? TextMatch.none() : TextMatch.typo(best);
    }

    /** The numbers in a normalised answer, in order, as written ("1.5", "-3", "16000"). */
    static List<String> numbers(String normalized) {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(normalized);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
