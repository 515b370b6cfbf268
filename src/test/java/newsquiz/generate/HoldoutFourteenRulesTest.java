package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static newsquiz.generate.InventedText.danglingInStem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import newsquiz.bank.QuestionType;
import org.junit.jupiter.api.Test;

/**
 * Rules made after holdout 14's first reading (docs/generator-quality.md): broken stems (a speech
 * tag in a "Who" question, a statement opening with "Which", a pointing "that"); a hyphenated given
 * name stays whole; a country used as an adjective is not swapped; a country named under another of
 * its names gives away "Which country is X from?"; an "it" right after a verb with no noun before.
 * The texts are invented for the tests.
 */
class HoldoutFourteenRulesTest {

    @Test
    void brokenStemsAreRefused() {
        assertThat(BrokenStem.find(item("Who had heard her sing in Vienna years ago, he said?"))).isNotNull();
        assertThat(BrokenStem.find(item("Fill in the missing year: Which began in ___, families must earn less to qualify.")))
                .isNotNull();
        assertThat(BrokenStem.find(item("Fill in the missing number: Novak rejected that, saying it would cost ___ million.")))
                .isNotNull();
        assertThat(BrokenStem.find(item("Who had heard her sing in Vienna years ago?"))).isNull();
        assertThat(BrokenStem.find(item("Which country is Ana Ruiz from?"))).isNull();
        assertThat(BrokenStem.find(item("Fill in the missing number: Novak said that the plan would cost ___ million.")))
                .isNull();
    }

    @Test
    void aHyphenatedGivenNameStaysWhole() {
        Facts f = analyse("The orchestra named Han Seo-yeon, 36, as its music director on Monday, the board said.\n\n"
                + "Han Seo-yeon said she was proud of the players.");
        assertThat(f.entities()).extracting(Entity::name).contains("Han Seo-yeon").doesNotContain("Han Seo-");
    }

    @Test
    void aCountryUsedAsAnAdjectiveIsNotSwapped() {
        Facts f = analyse("The orchestra played a new work by a New Zealand composer at the festival in Vienna in March.\n\n"
                + "The orchestra will tour Japan and Germany next year, its director said.");
        List<String> prompts = new ArrayList<>();
        for (int seed = 1; seed <= 30; seed++) {
            new TrueFalseQuestions().build(f, new Random(seed)).forEach(c -> prompts.add(c.prompt()));
        }
        assertThat(prompts).filteredOn(p -> p.contains("composer")).allMatch(p -> p.contains("New Zealand composer"));
    }

    @Test
    void aCountryUnderAnotherNameGivesAwayWhereSomeoneIsFrom() {
        Candidate from = new Candidate(QuestionType.MULTIPLE_CHOICE, 3, "Which country is Isla Reed from?", "why",
                "United Kingdom", List.of("United Kingdom", "Italy", "Greece"), 2.0, "from:Isla Reed", info -> null);
        Candidate britain = item("Fill in the missing number: Britain's Isla Reed finished ___ seconds behind.");
        Candidate france = item("Fill in the missing number: France's Lea Martin finished ___ seconds behind.");
        assertThat(BankGiveaways.countryShown(from, britain)).isTrue();
        assertThat(BankGiveaways.countryShown(from, france)).isFalse();
    }

    @Test
    void anItRightAfterAVerbWithNoNounBeforeIsDangling() {
        assertThat(danglingInStem("Han first conducted it in March last year, in a programme of new works.")).isTrue();
        assertThat(danglingInStem("Veldhoven Micro said it would recycle most of the water it uses.")).isFalse();
        assertThat(danglingInStem("The council bought the old mill and turned it into a library.")).isFalse();
    }

    private static Candidate item(String prompt) {
        return new Candidate(QuestionType.NUMERIC, 1, prompt, "why", "5", List.of(), 2.0, "quantity:1", info -> null);
    }

}
