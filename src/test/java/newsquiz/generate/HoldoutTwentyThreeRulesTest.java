package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules made after holdouts 23's and 24's first readings (docs/generator-quality.md). The texts are
 * invented for the tests.
 */
class HoldoutTwentyThreeRulesTest {

    @Test
    void aForeignWordTaggedAsADeterminerOpensAName() {
        Facts f = analyse("Deutsche Post DHL, the largest operator, accounted for half of all complaints. "
                + "A spokeswoman for DHL said so.");
        assertThat(f.mentions().get(0)).extracting(Mention::text).contains("Deutsche Post DHL");
    }

    @Test
    void lowerCaseParticlesOfMoreLanguagesStayInTheName() {
        Facts f = analyse("Joseph ole Ntimama, a community elder, said the plant had brought dust. "
                + "Maria dos Santos, a teacher, said the school had closed.");
        assertThat(f.entitiesOf(EntityKind.PERSON)).extracting(Entity::name)
                .contains("Joseph ole Ntimama", "Maria dos Santos");
    }

    @Test
    void aCountWithNothingToCountPointsBack() {
        assertThat(DanglingReference.find("Fill in the missing number: By last month the number had fallen to 164, a drop of ___ per cent."))
                .isEqualTo("the number");
        assertThat(DanglingReference.find("Fill in the missing number: By last month the number of dentists had fallen to ___."))
                .as("'of' says what is counted").isNull();
        assertThat(DanglingReference.find("Fill in the missing number: Clinics treated 4,000 patients, and the total rose to ___."))
                .as("a number before it").isNull();
        assertThat(DanglingReference.find("Who will wear the number 8 shirt for Porto this season?")).as("a number after it").isNull();
    }

    @Test
    void theCountryNeedsANameBeforeIt() {
        assertThat(DanglingReference.find("Fill in the missing number: An estimated ___ babies are born with the disorder in the country each year."))
                .isEqualTo("the country");
        assertThat(DanglingReference.find("Fill in the missing number: Poland signed a deal for ___ guns, the largest order in the country's history."))
                .isNull();
        assertThat(DanglingReference.find("Fill in the missing number: Hill farmers in Wales have ___ years before the country's scheme starts."))
                .as("a nation of the United Kingdom").isNull();
        assertThat(DanglingReference.find("Fill in the missing number: Google and Microsoft have invested ___ billion euros in the country."))
                .as("company names are no country (holdout 26)").isEqualTo("the country");
        assertThat(DanglingReference.find("Fill in the missing number: A spokesperson for the group's Tuscan branch said the fine was ___ months of profit."))
                .as("a possessive 'the group's' (holdout 26)").isEqualTo("the group's");
    }

    @Test
    void anOpenersAppositionIsNoClause() {
        Facts f = analyse("At Stalowa Wola, a town of roughly 58,000 people whose fortunes have long been tied to the plant, "
                + "local officials welcomed the news.");
        assertThat(Wording.clauseStart(f.sentence(1))).isZero();
        Facts main = analyse("In 2019, a fire destroyed the old hall, and the town rebuilt it.");
        assertThat(Wording.clauseStart(main.sentence(1))).as("an indefinite subject with its verb").isPositive();
    }

    @Test
    void aSubjectQuestionDoesNotCutAStraightQuotationInTwo() {
        Facts f = analyse("Anna Keller, the regulator's president, spoke on Monday. "
                + "Keller said: \"Every complaint is one too many. We are hiring, and we are investing in lockers.\"");
        assertThat(InventedText.passing(f, new SubjectQuestions())).noneMatch(c -> c.prompt().contains("one too many"));
    }
}
