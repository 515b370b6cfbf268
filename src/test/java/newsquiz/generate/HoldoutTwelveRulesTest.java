package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static newsquiz.generate.InventedText.danglingInStem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsquiz.bank.QuestionType;
import org.junit.jupiter.api.Test;

/**
 * Rules made after holdout 12's first reading (docs/generator-quality.md): a stem that is all
 * quotation has no speaker; "there" after a noun points at a place named before; figures tied by
 * "up from" are not swapped in a "false" twin; a capitalised plural used once is no person. The texts
 * are invented for the tests.
 */
class HoldoutTwelveRulesTest {

    @Test
    void aStemThatIsAllQuotationHasNoSpeaker() {
        assertThat(StandAlone.speakerless(numeric("Fill in the missing number: \"It had hung in that hall for ___ years.\"")))
                .isNotNull();
        assertThat(StandAlone.speakerless(numeric(
                "Fill in the missing number: \"It had hung in that hall for ___ years,\" said Ana Ruiz, the curator.")))
                .as("with its speaker the stem stands").isNull();
    }

    @Test
    void thereAfterANounIsAPlaceNamedBefore() {
        assertThat(danglingInStem("Residents there have complained that they pay the same taxes as everyone else.")).isTrue();
        assertThat(danglingInStem("There have been three floods in the valley this year, the mayor said.")).isFalse();
    }

    @Test
    void figuresTiedByUpFromAreNotSwapped() {
        Facts f = analyse("Riders made just over 1.9 million trips on the network last year, up from about 1.6 million "
                + "in 2022.\n\nPorto opened 240 new bike stations in nine districts on Monday after two years of planning, the mayor "
                + "said.");
        assertThat(TrueFalseQuestions.comparesTwoFigures(f.sentence(1))).isTrue();
        assertThat(TrueFalseQuestions.comparesTwoFigures(f.sentence(2))).isFalse();
        List<String> twins = new java.util.ArrayList<>();
        for (int seed = 1; seed <= 40; seed++) {
            new TrueFalseQuestions().build(f, new java.util.Random(seed)).forEach(c -> twins.add(c.prompt()));
        }
        assertThat(twins).as("the other sentence still gets its twins").anyMatch(p -> p.contains("stations"))
                .filteredOn(p -> p.contains("up from")).allMatch(p -> p.contains("1.9 million") && p.contains("1.6 million"));
    }

    @Test
    void aCapitalisedPluralUsedOnceIsNoPerson() {
        Facts f = analyse("A strong earthquake shook the city of Talca on Monday night.\n\n"
                + "Seismologists warned that aftershocks were likely over the coming days. Dr Ana Ruiz, a geophysicist "
                + "at the national institute, said 14 tremors had been recorded.");
        Candidate group = who("Who warned that aftershocks were likely over the coming days?", "Seismologists");
        Candidate person = who("Who said 14 tremors had been recorded?", "Ana Ruiz");
        assertThat(ItemChecks.problem(group, f)).isEqualTo("'Seismologists' is a group, not a person");
        assertThat(ItemChecks.problem(person, f)).isNull();
    }

    private static Candidate numeric(String prompt) {
        return new Candidate(QuestionType.NUMERIC, 1, prompt, "why", "6", List.of(), 2.0, "quantity:1", info -> null);
    }

    private static Candidate who(String prompt, String key) {
        return new Candidate(QuestionType.SHORT_ANSWER, 2, prompt, "why", key, List.of(), 2.0, "who:" + key, info -> null);
    }

}
