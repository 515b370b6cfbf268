package newsquiz.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextMatcherTest {

    private final TextMatcher matcher = new TextMatcher();

    private TextMatch match(String given, String... accepted) {
        return matcher.match(given, List.of(accepted), false, true);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" matches \"{1}\" exactly")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "Aliyev|Aliyev",
        "aliyev|Aliyev",
        "  ALIYEV. |Aliyev",
        "Əliyev|Aliyev",
        "Aliyev|Əliyev",
        "the TRIPP project|TRIPP project",
        "U.S.|US",
        "US|the U.S.",
        "Charter on Strategic Partnership|the Charter on Strategic Partnership",
        "“living under conditions of peace”|living under conditions of peace",
        "long standing|long-standing",
        "16,000|16000",
        "1,5|1.5",
        "Turkey & Israel|Turkey and Israel",
    })
    void exactAfterNormalisation(String given, String accepted) {
        assertThat(match(given, accepted)).isEqualTo(TextMatch.exact(accepted));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" matches \"{1}\" as a typo")
    @CsvSource(delimiter = '|', value = {
        "Aliev|Aliyev",             // 6 letters: one deletion
        "Ailyev|Aliyev",            // one transposition
        "Alijev|Aliyev",            // one substitution
        "Azerbiajan|Azerbaijan",    // 10 letters: a transposition
        "Azrebiajan|Azerbaijan",    // 10 letters: two transpositions
        "Ilham Aliev|Ilham Aliyev",
        "Ilham  Alyev|Ilham Aliyev",
        "longstanding|long-standing",
        "Afganistan|Afghanistan",
        "Caucasas|Caucasus",
        "16 state|16 states",
        "counter terrorism|counterterrorism",
    })
    void typoWithinBudget(String given, String accepted) {
        assertThat(match(given, accepted)).isEqualTo(TextMatch.typo(accepted));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" does not match \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "Iraq|Iran",                 // 4 letters: no typos allowed
        "NATA|NATO",
        "Alyv|Aliyev",               // two edits on a 6-letter word
        "Azrbjan|Azerbaijan",        // three edits
        "Armenia|Albania",
        "11|16",
        "16|11",
        "11 states|16 states",
        "1 state|11 states",
        "11 NATO member|16 NATO members",
        "1.5 million|1.6 million",
        "-5 degrees|5 degrees",
        "2025 charter|2024 charter",
        "~~|Aliyev",
        "~   ~|Aliyev",
        "?!|Aliyev",
    })
    void rejected(String given, String accepted) {
        assertThat(match(given, accepted)).isEqualTo(TextMatch.none());
    }

    @Test
    void budgetComesFromTheAcceptedAnswer() {
        // "TRIPP" has five letters, so one edit is allowed; "Trip" has four but is not the key
        assertThat(match("Trip", "TRIPP")).isEqualTo(TextMatch.typo("TRIPP"));
        assertThat(match("TRIPP", "Trip")).isEqualTo(TextMatch.none());
    }

    @Test
    void aLoneArticleIsAnAnswer() {
        assertThat(match("The", "the")).isEqualTo(TextMatch.exact("the"));
        assertThat(match("a", "A")).isEqualTo(TextMatch.exact("A"));
    }

    @Test
    void exactWinsOverAnEarlierTypoCandidate() {
        TextMatch result = match("Aliev", "Aliyev", "Aliev");
        assertThat(result).isEqualTo(TextMatch.exact("Aliev"));
    }

    @Test
    void closestTypoCandidateWinsThenEarliest() {
        assertThat(match("azerbajan", "Azerbaijani", "Azerbaijan")).isEqualTo(TextMatch.typo("Azerbaijan"));
        assertThat(match("bakuu city", "Baku City", "Baku cite")).isEqualTo(TextMatch.typo("Baku City"));
    }

    @Test
    void typoToleranceCanBeSwitchedOff() {
        assertThat(matcher.match("Aliev", List.of("Aliyev"), false, false)).isEqualTo(TextMatch.none());
        assertThat(matcher.match("ALIYEV", List.of("Aliyev"), false, false)).isEqualTo(TextMatch.exact("Aliyev"));
    }

    @Test
    void caseSensitiveComparesCase() {
        assertThat(matcher.match("us", List.of("US"), true, true)).isEqualTo(TextMatch.none());
        assertThat(matcher.match("US", List.of("US"), true, true)).isEqualTo(TextMatch.exact("US"));
        assertThat(matcher.match("U.S.", List.of("US"), true, false)).isEqualTo(TextMatch.exact("US"));
        // a change of case is one edit: within the budget of a 6-letter answer
        assertThat(matcher.match("aliyev", List.of("Aliyev"), true, true)).isEqualTo(TextMatch.typo("Aliyev"));
        assertThat(matcher.match("aliyev", List.of("Aliyev"), true, false)).isEqualTo(TextMatch.none());
    }

    @Test
    void acceptedAnswersThatNormaliseToNothingNeverMatch() {
        assertThat(match("x", "...", "--")).isEqualTo(TextMatch.none());
        assertThat(match("...", "...")).isEqualTo(TextMatch.none());
    }

    @Test
    void emptyAcceptedListMatchesNothing() {
        assertThat(match("Aliyev")).isEqualTo(TextMatch.none());
    }

    @Test
    void customPolicy() {
        TextMatcher lenient = new TextMatcher(new TypoPolicy(0, 0));
        assertThat(lenient.match("Iraq", List.of("Iran"), false, true)).isEqualTo(TextMatch.typo("Iran"));
        TextMatcher strict = new TextMatcher(new TypoPolicy(100, 100));
        assertThat(strict.match("Aliev", List.of("Aliyev"), false, true)).isEqualTo(TextMatch.none());
    }

    @Test
    void numbersAreExtractedFromNormalisedText() {
        assertThat(TextMatcher.numbers("11 of 16 states")).containsExactly("11", "16");
        assertThat(TextMatcher.numbers("1.5 million and -3")).containsExactly("1.5", "-3");
        assertThat(TextMatcher.numbers("no digits")).isEmpty();
    }

    @Test
    void nullsAreRejected() {
        assertThatNullPointerException().isThrownBy(() -> matcher.match(null, List.of("a"), false, true));
        assertThatNullPointerException().isThrownBy(() -> matcher.match("a", null, false, true));
        assertThatNullPointerException()
                .isThrownBy(() -> matcher.match("a", Arrays.asList("b", null), false, true));
    }

    @Test
    void textMatchInvariants() {
        assertThat(TextMatch.none().matched()).isFalse();
        assertThat(TextMatch.typo("x").viaTypo()).isTrue();
        assertThat(TextMatch.exact("x").viaTypo()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new TextMatch(true, false, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new TextMatch(false, true, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new TextMatch(false, false, "x"));
    }
}
