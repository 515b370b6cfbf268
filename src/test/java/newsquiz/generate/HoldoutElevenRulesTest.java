package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules made after holdout 11's first reading (docs/generator-quality.md): the surname of a name
 * that may be a person's, as a subject, stops a later "she" from reaching past it; a count answered
 * by a list after a colon is not asked; a typed name gap also takes the short form a reader would
 * type. The texts are invented for the tests.
 */
class HoldoutElevenRulesTest {

    @Test
    void aSheDoesNotReachPastASurnameOfUnknownKind() {
        Facts f = analyse("Ana Ruiz, a 31-year-old sailor from Vigo, reached the harbour on Sunday. "
                + "The record she broke was set in 2017 by the Chilean sailor Marta Sosa.\n\n"
                + "Sosa was the first to greet Ruiz on the quay. \"She sailed a braver course than I did,\" she told "
                + "reporters.");
        assertThat(f.quotes()).as("the praise is not credited to the sailor praised")
                .noneMatch(q -> q.text().startsWith("She sailed") && q.speaker().equals("Ana Ruiz"));
        Facts plain = analyse("Ana Ruiz, a 31-year-old sailor from Vigo, reached the harbour on Sunday.\n\n"
                + "\"I sailed a braver course than last time,\" she told reporters.");
        assertThat(plain.quotes()).as("a she with no one else named still resolves")
                .anySatisfy(q -> assertThat(q.speaker()).isEqualTo("Ana Ruiz"));
    }

    @Test
    void aCountAnsweredByAListAfterAColonIsNotAsked() {
        Facts f = analyse("The crew passed the three great lighthouses of the northern coast: Skarv, Lind and Osk.\n\n"
                + "They also passed the four old forts of the bay: Hamn, Vik and Berg.");
        assertThat(f.quantities()).filteredOn(q -> q.value() == 3)
                .allSatisfy(q -> assertThat(NumericQuestions.givenAwayByList(f, q)).isTrue()).isNotEmpty();
        // Since holdout 17 a counted phrase closed by a colon is refused whatever the list's length:
        // the items may hold "and" themselves ("traffic and parking, noise, ..."), so their count is
        // no safe test, and a stem that lists three forts and asks for four reads as a trick.
        assertThat(f.quantities()).filteredOn(q -> q.value() == 4).as("a list of another length is refused too")
                .allSatisfy(q -> assertThat(NumericQuestions.givenAwayByList(f, q)).isTrue()).isNotEmpty();
    }

    @Test
    void aTypedNameAlsoTakesItsShortForm() {
        assertThat(TypedForms.accepted("Tidewell Systems")).containsExactly("Tidewell Systems", "Tidewell");
        assertThat(TypedForms.accepted("River Ijssel")).containsExactly("River Ijssel", "Ijssel");
        assertThat(TypedForms.accepted("Uppsala University")).as("the word names the body, not the city")
                .containsExactly("Uppsala University");
        assertThat(TypedForms.accepted("Lorient")).containsExactly("Lorient");
    }
}
