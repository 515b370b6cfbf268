package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static newsquiz.generate.InventedText.cloze;
import static newsquiz.generate.InventedText.numeric;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules made after holdouts 27's and 28's first readings (docs/generator-quality.md). The texts are
 * invented for the tests.
 */
class HoldoutTwentySevenRulesTest {

    @Test
    void profIsATitleSoTheProfessorIsOnePerson() {
        Facts f = analyse("Mette Holm-Larsen, a soil scientist at Aarhus University, will lead the project. "
                + "Prof Holm-Larsen said the first samples would be taken in spring.");
        assertThat(f.entitiesOf(EntityKind.PERSON)).extracting(Entity::name).containsExactly("Mette Holm-Larsen");
    }

    @Test
    void aGapAfterABodysOfSplitsItsName() {
        assertThat(SplitName.glued(cloze(1, "Choose the words that complete the sentence. Boxers licensed by the Boxing Union of {{1}} "
                + "rose to 19.", "Ireland"), null)).isNotNull();
        assertThat(SplitName.glued(cloze(1, "Choose the words that complete the sentence. Boxers from {{1}} won three titles.",
                "Ireland"), null)).isNull();
    }

    @Test
    void comparisonsAndQuantifiersWithNothingBeforeThemAreNotAsked() {
        Candidate shorter = new Candidate(newsquiz.bank.QuestionType.SHORT_ANSWER, 3, "Who is about five centimetres shorter?", "",
                "Aoife Byrne", java.util.List.of("Aoife Byrne"), 1.0, "subject:3", null);
        assertThat(StandAlone.comparedWithNothing(shorter)).isNotNull();
        Candidate than = new Candidate(newsquiz.bank.QuestionType.SHORT_ANSWER, 3, "Who is about five centimetres shorter than her rival?",
                "", "Aoife Byrne", java.util.List.of("Aoife Byrne"), 1.0, "subject:3", null);
        assertThat(StandAlone.comparedWithNothing(than)).isNull();
        assertThat(StandAlone.comparedWithNothing(numeric(2,
                "Fill in the missing number: Previous estimates relied on a station about ___ kilometres away.", "20"))).isNotNull();
        assertThat(StandAlone.comparedWithNothing(numeric(2,
                "Fill in the missing year: Fiji passed a similar law in ___.", "2024"))).isNotNull();
        assertThat(StandAlone.comparedWithNothing(numeric(2,
                "Fill in the missing year: Fiji passed a law similar to Australia's in ___.", "2024"))).isNull();
        assertThat(StandAlone.comparedWithNothing(numeric(2,
                "Fill in the missing year: Most were delayed holiday flights in the summers of ___ and 2024.", "2023"))).isNotNull();
        assertThat(StandAlone.comparedWithNothing(numeric(2,
                "Fill in the missing number: Most flights were delayed by ___ minutes.", "40"))).isNull();
    }

    @Test
    void backPointingNounsAndRegionsWithNothingToNameThem() {
        assertThat(DanglingReference.find("Type the missing name. The difference was smallest around the {{1}}.")).isEqualTo("the difference");
        assertThat(DanglingReference.find("Fill in the missing number: The gap between rich and poor schools narrowed to ___ points."))
                .isNull();
        assertThat(DanglingReference.find("Fill in the missing number: About ___ fifths of the trust's members voted in the ballot."))
                .isEqualTo("the trust's");
        assertThat(DanglingReference.find("Fill in the missing number: The charity that led the work, Scottish Paths Trust, thanked ___ "
                + "volunteers.")).as("named in apposition").isNull();
        assertThat(DanglingReference.find("Fill in the missing number: In 2022 floods in the north-east affected ___ million people."))
                .isEqualTo("the north-east");
        assertThat(DanglingReference.find("Fill in the missing number: Dentists in the west of Ireland left the scheme in ___ years."))
                .isNull();
        assertThat(DanglingReference.find("Fill in the missing number: Advice from the North Atlantic Commission came ___ days later."))
                .isNull();
    }

    @Test
    void aClaimOfMembershipIsNotFalsifiedBySwappingTheName() {
        Facts f = analyse("Bangladesh is one of the most flood-prone countries in the world, officials in Dhaka said on Monday. "
                + "Farmers in Pakistan and India face the same risk every monsoon. "
                + "Bangladesh signed a crop insurance deal with the World Bank on Tuesday.");
        assertThat(InventedText.passing(f, new TrueFalseQuestions()))
                .noneMatch(c -> c.prompt().matches(".*: (?!Bangladesh)\\p{Lu}\\p{L}+ is one of.*"));
    }

    @Test
    void aParagraphLabelIsNoPartOfTheSentence() {
        Facts f = analyse("Background: Bangladesh is one of the most flood-prone countries in the world.");
        assertThat(Wording.clauseStart(f.sentence(1))).isEqualTo(2);
    }
}
