package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules made after holdout 19's first reading (docs/generator-quality.md). The texts are invented
 * for the tests.
 */
class HoldoutNineteenRulesTest {

    @Test
    void anEditorsNoteIsNoSourceOfQuestions() {
        Facts f = analyse("The audit covered 214 claims made by the mayor.\n\n"
                + "Correction: An earlier version of this article said the audit covered 241 claims.\n\n"
                + "Update: On Sunday the council said 12 more claims were found.");
        assertThat(f.sentences()).hasSize(1);
        assertThat(EditorsNote.is("Clarification: the report was published on Monday.")).isTrue();
        assertThat(EditorsNote.is("Editor's note - this story was updated.")).isTrue();
        assertThat(EditorsNote.is("Updates to the timetable will follow, the council said.")).isFalse();
    }

    @Test
    void aPersonWithASecondPostIsNotAskedForTheirPosition() {
        Facts before = analyse("The mayor of Kendal, Councillor Ruth Marsh, resigned on Tuesday. Marsh said she was sorry.");
        Facts after = analyse("Councillor Ian Pike, who chairs the audit committee, said the findings were serious. "
                + "Pike added that the police would be told.");
        Facts single = analyse("Meteorologist Ann Dale said the storm was serious. Dale added that the coast would be hit.");
        RoleQuestions roles = new RoleQuestions();
        assertThat(InventedText.passing(before, roles)).isEmpty();
        assertThat(InventedText.passing(after, roles)).isEmpty();
        assertThat(InventedText.passing(single, roles)).extracting(Candidate::prompt)
                .containsExactly("What is the profession of Ann Dale?");
    }

    @Test
    void similarWithNothingToCompareWithDoesNotStandAlone() {
        assertThat(InventedText.danglingInStem("Britain has seen similar battles before.")).isTrue();
        assertThat(InventedText.danglingInStem("Jonas Maes noted that a similar line in Antwerp had doubled its passengers."))
                .as("'a similar line in Antwerp' is one thing of its own").isFalse();
    }

    @Test
    void anAnBeforeAConsonantIsPartOfTheName() {
        Facts f = analyse("An Bord Pleanála announced its decision on Thursday after a long hearing in Wexford.");
        assertThat(SplitName.glued(InventedText.cloze(1, "Type the missing name. An {{1}} announced its decision on Thursday "
                + "after a long hearing in Wexford.", "Bord Pleanála"), f)).isEqualTo("An");
        assertThat(SplitName.glued(InventedText.cloze(1, "Type the missing name. An {{1}} official said so.", "Irish"), f))
                .isNull();
    }

    @Test
    void aDemonstrativeAfterAPrepositionPointsAtAnEarlierSentence() {
        assertThat(InventedText.danglingInStem("Aoife Kelly said the Tuskar Bank decision alone would cover almost a fifth of that target."))
                .isTrue();
        assertThat(InventedText.danglingInStem("Aoife Kelly said the decision would cover almost a fifth of the target set in 2020."))
                .isFalse();
        assertThat(InventedText.danglingInStem("The court ruled on Wednesday, a decision that lawyers said could affect 9,000 riders."))
                .as("a relative 'that'").isFalse();
        assertThat(InventedText.danglingInStem("Sales rose by 4 percent in that year, the Oslo office said.")).as("a time").isFalse();
    }
}
