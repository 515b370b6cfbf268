package newsquiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import newsquiz.bank.QuestionType;
import org.junit.jupiter.api.Test;

/**
 * Round 6's precision gate (docs/generator-quality.md, "Round 6: precision gate"): rules drawn
 * from the feature combinations with the worst first-reading record on holdouts 1-5. Each text is
 * invented for the test.
 */
class PrecisionGateTest {

    private static Facts analyse(String text) {
        return FactExtractor.extract(text, new Analyzer(NlpModels.shared()).analyze(text));
    }

    private static List<Candidate> passing(Facts f, QuestionBuilder builder) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : builder.build(f, new Random(1))) {
            if (ItemChecks.problem(c, f) == null) {
                out.add(c);
            }
        }
        return out;
    }

    private static Candidate numeric(String sentence) {
        return new Candidate(QuestionType.NUMERIC, 1, "Fill in the missing number: " + sentence, sentence, "9",
                List.of(), 1.0, "number:1:0", info -> null);
    }

    // "The loan runs until the end of ___." and "Entry will be free until 31 {{1}}.": what is lent
    // or entered is left to the article.
    @Test
    void aStemOfEightWordsOrFewerIsRejected() {
        assertThat(ItemChecks.problem(numeric("The grant runs until the end of ___."))).contains("too short");
        assertThat(ItemChecks.problem(numeric("Tickets for the ___ concerts sold out."))).contains("too short");
        assertThat(ItemChecks.problem(numeric("Tickets for the ___ concerts at the arena sold out."))).isNull();
    }

    @Test
    void shortStemsAreRejectedForEveryGapAndTrueFalseBuilder() {
        Facts f = analyse("The Harbour Museum in Bristol reopened on Saturday after a restoration that cost 40 million pounds.\n\n"
                + "The grant runs until the end of 2027.\n\n"
                + "Entry will be free until 31 May.\n\n"
                + "Director Alice Moreton said the museum expected about 300,000 visitors in its first year.\n\n"
                + "The museum has 12 galleries.");
        List<Candidate> built = new ArrayList<>();
        for (QuestionBuilder b : List.of(new NumericQuestions(), new DateQuestions(), new ClozeQuestions(), new TrueFalseQuestions())) {
            built.addAll(passing(f, b));
        }
        assertThat(built).isNotEmpty(); // the long sentences are still asked
        assertThat(built).allSatisfy(c -> assertThat(Wording.words(ShortStem.shownSentence(c)))
                .isGreaterThan(ShortStem.MAX_SHORT_WORDS));
        assertThat(built).noneMatch(c -> c.prompt().contains("grant") || c.prompt().contains("Entry")
                || c.prompt().contains("galleries"));
    }

    @Test
    void theShownSentenceDropsTheInstructionOnly() {
        Candidate cloze = new Candidate(QuestionType.CLOZE, 1, "Type the missing name. Schools in {{1}} stay shut.",
                "", "Leeds", List.of("Leeds"), 1.0, "cloze:1:leeds", info -> null);
        assertThat(ShortStem.shownSentence(cloze)).isEqualTo("Schools in {{1}} stay shut.");
        assertThat(ShortStem.shownSentence(numeric("Rents rose by ___ percent."))).isEqualTo("Rents rose by ___ percent.");
    }
}
