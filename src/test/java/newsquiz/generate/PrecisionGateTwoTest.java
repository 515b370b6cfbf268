package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static newsquiz.generate.InventedText.cloze;
import static newsquiz.generate.InventedText.numeric;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The second precision gate (docs/generator-quality.md, "Precision gate 2"): item forms that the
 * first readings of holdouts 10-22 failed far more often than the rest. The texts are invented.
 */
class PrecisionGateTwoTest {

    @Test
    void aStemThatOpensInsideSomeonesWordsIsNotAsked() {
        assertThat(QuotedSpeechStem.opensInSpeech(numeric(1,
                "Fill in the missing number: “You cannot shut ___ village schools and call it a plan,” Evans said.", "three")))
                .isTrue();
        assertThat(QuotedSpeechStem.opensInSpeech(numeric(1,
                "Fill in the missing number: \"___ years of cheap cider have made that drink popular again.", "3")))
                .as("with no speaker either").isTrue();
        assertThat(QuotedSpeechStem.opensInSpeech(cloze(1,
                "Choose the words that complete the sentence. “We were told to wait in {{1}} for the bus,” she said.")))
                .isTrue();
        assertThat(ItemChecks.problem(numeric(1,
                "Fill in the missing number: “You cannot shut ___ village schools and call it a plan,” Evans said.", "three")))
                .isEqualTo("stem opens inside a quotation");
    }

    @Test
    void aSentenceThatContinuesAQuotationIsNotAsked() {
        Facts f = analyse("Marta Lis, an economist at the Institute for Security Studies, said the plan relied on borrowing. "
                + "\"The ambition is understandable. The question is who pays the interest in 2035, and what gets cut to pay it,\" "
                + "she said. The ministry said the first guns would arrive in 2027.");
        assertThat(InventedText.passing(f, new NumericQuestions(), new DateQuestions(), new TrueFalseQuestions(), new ClozeQuestions()))
                .noneMatch(c -> c.prompt().contains("who pays the interest"))
                .anyMatch(c -> c.prompt().contains("first guns"));
    }

    @Test
    void aTitleInQuotationMarksOrAQuotationLaterInTheStemIsKept() {
        assertThat(QuotedSpeechStem.opensInSpeech(cloze(1,
                "Choose the words that complete the sentence. “The Silent Valley” plays in {{1}} until 27 April.")))
                .as("a title capitalises its words").isFalse();
        assertThat(QuotedSpeechStem.opensInSpeech(numeric(1,
                "Fill in the missing number: Evans said the closures were “a plan for ___ years of decline”.", "ten")))
                .as("the stem opens on the speaker").isFalse();
        assertThat(QuotedSpeechStem.opensInSpeech(new Candidate(newsquiz.bank.QuestionType.SHORT_ANSWER, 1,
                "Who said: “You cannot shut three village schools and call it a plan”?", "", "Evans", java.util.List.of("Evans"),
                1.0, "quote:1", null))).as("a question about the speaker").isFalse();
    }

    @Test
    void anOfficeIsNotAskedAsAPositionButAProfessionStill() {
        for (String text : java.util.List.of("Councillor Ann Dale said the findings were serious. Dale added that the police would be told.",
                "Mayor Ann Dale said the findings were serious. Dale added that the police would be told.",
                "Deputy Defence Minister Tomasz Wierzbicki, who also leads the procurement agency, signed the deal. "
                        + "Wierzbicki said the first guns would arrive in 2027.")) {
            assertThat(InventedText.passing(analyse(text), new RoleQuestions())).as(text).isEmpty();
        }
        Facts f = analyse("Meteorologist Joana Pires said the storm would reach the coast on Friday. Pires added that winds could reach 120 km/h.");
        assertThat(InventedText.passing(f, new RoleQuestions())).extracting(Candidate::prompt)
                .containsExactly("What is the profession of Joana Pires?");
    }

    @Test
    void aFigureThatAnotherStemStatesIsGivenAway() {
        Candidate goal = numeric(2, "Fill in the missing number: The council's goal is ___ new street trees by 2030.", "30,000");
        assertThat(BankGiveaways.numberShown(goal, cloze(5,
                "Choose the word that completes the sentence. The council must plant 5,000 a year to reach 30,000 by {{1}}.")))
                .isTrue();
        assertThat(BankGiveaways.numberShown(numeric(2, "Fill in the missing number: The tanker leaked ___ tonnes of oil.", "160"),
                numeric(7, "Fill in the missing number: The estimate was revised from 160 tonnes to ___ tonnes.", "175")))
                .isTrue();
        assertThat(BankGiveaways.numberShown(numeric(2, "Fill in the missing number: A fine of ___ million euro was set.", "1.5 million"),
                cloze(4, "Choose the word that completes the sentence. The 1.5 million euro fine was paid in {{1}}.")))
                .as("a figure with its scale word").isTrue();
    }

    @Test
    void theRankerKeepsOnlyOneOfTheTwo() {
        Candidate goal = numeric(2, "Fill in the missing number: The council's goal is ___ new street trees by 2030.", "30,000");
        Candidate reach = cloze(5, "Choose the word that completes the sentence. The council must plant 5,000 a year to reach "
                + "30,000 by {{1}}.", "2030");
        assertThat(Ranker.rank(java.util.List.of(goal, reach), 20)).hasSize(1);
    }

    @Test
    void aSmallNumberCountsOnlyWithTheSameWordAfterIt() {
        Candidate schools = numeric(3, "Fill in the missing number: The county plans to close ___ schools in June.", "three");
        assertThat(BankGiveaways.numberShown(schools,
                cloze(6, "Choose the word that completes the sentence. The three schools teach mainly in {{1}}.")))
                .isTrue();
        assertThat(BankGiveaways.numberShown(schools,
                cloze(6, "Choose the word that completes the sentence. Three councillors voted against the plan in {{1}}.")))
                .as("another count of three").isFalse();
        assertThat(BankGiveaways.numberShown(numeric(3, "Fill in the missing year: The bridge opened in ___.", "1998"),
                cloze(6, "Choose the word that completes the sentence. Tolls were last raised in 1998 by {{1}}.")))
                .as("a year in other words is another event").isFalse();
        assertThat(BankGiveaways.numberShown(numeric(3, "Fill in the missing year: The question is who pays the interest in ___.", "2035"),
                new Candidate(newsquiz.bank.QuestionType.SHORT_ANSWER, 6, "Who said: “The question is who pays the interest in 2035”?",
                        "", "Marta Lis", java.util.List.of("Marta Lis"), 1.0, "quote:6", null)))
                .as("the same words before it").isTrue();
    }

    @Test
    void aTimeIsNoThingAnItCanMean() {
        assertThat(DanglingReference.find("Fill in the missing number: The year before, it managed 2,610, about ___ per cent more."))
                .isEqualTo("it");
        assertThat(DanglingReference.find("Fill in the missing number: The council said it had planted ___ trees."))
                .isNull();
    }

    @Test
    void aGapBeforeAPlaceNamesJoiningWordSplitsTheName() {
        assertThat(SplitName.glued(cloze(1, "Type the missing name. The thrush was seen in a garden in {{1}} next the Sea on Saturday.",
                "Cley"), null)).isEqualTo("next");
        assertThat(SplitName.glued(cloze(1, "Type the missing name. The ferry to {{1}} upon Tyne was cancelled.", "Newcastle"), null))
                .isEqualTo("upon");
        assertThat(SplitName.glued(cloze(1, "Type the missing name. The thrush was seen in a garden in Cley next the {{1}} on Saturday.",
                "Sea"), null)).as("the other half of the name").isEqualTo("next");
        assertThat(SplitName.glued(cloze(1, "Type the missing name. Roads were closed in {{1}} and Isabela on Monday.", "Cagayan"),
                null)).as("a list of places").isNull();
        assertThat(SplitName.glued(cloze(1, "Type the missing name. The final was held in {{1}} on Sunday.", "Leeds"), null))
                .isNull();
    }

    @Test
    void aWordWrittenOnlyInsideALongerNameIsNoRival() {
        Facts f = analyse("The Wexford Inshore Fishermen's Association (WIFA) will meet on Monday. "
                + "The board met in Wexford town, and Brussels Airport was closed. Flights left from Brussels later.");
        assertThat(ClozeQuestions.onlyInsideLongerName(f, "Association")).isTrue();
        assertThat(ClozeQuestions.onlyInsideLongerName(f, "Wexford")).as("also written alone: 'in Wexford town'").isFalse();
        assertThat(ClozeQuestions.onlyInsideLongerName(f, "Brussels")).isFalse();
        assertThat(ClozeQuestions.onlyInsideLongerName(f, "Airport")).isTrue();
    }
}
