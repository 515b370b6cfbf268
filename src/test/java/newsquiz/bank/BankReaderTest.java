package newsquiz.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Corners of reading questions straight from the token stream, where a reader without a JSON
 * tree could drift from what a tree gives: repeated fields, nulls, field order, number kinds.
 */
class BankReaderTest {

    private static final String TF = "\"type\":\"true_false\",\"prompt\":\"p\",\"explanation\":\"e\"";

    @Test
    void aRepeatedFieldKeepsItsLastValue() throws Exception {
        Bank bank = BankJson.parse(bankWith("{\"id\":\"q1\"," + TF + ",\"answer\":1,\"answer\":true,\"id\":\"q2\"}"), "t.json");
        assertThat(bank.questions()).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo("q2");
            assertThat(((TrueFalse) q).answer()).isTrue();
        });
    }

    @Test
    void nullCountsAsMissingButIsStillAField() {
        assertThat(problems("{\"id\":\"q1\"," + TF + ",\"answer\":null,\"choices\":null}")).containsExactly(
                "t.json:2:1: question 'q1': missing required field \"answer\"",
                "t.json:2:1: question 'q1': unknown field \"choices\"");
    }

    @Test
    void unknownFieldsAreReportedOnceEachInTheOrderGiven() {
        assertThat(problems("{\"id\":\"q1\",\"zz\":1," + TF + ",\"answer\":true,\"items\":[],\"zz\":[{}],\"aa\":2}"))
                .containsExactly(
                        "t.json:2:1: question 'q1': unknown field \"zz\"",
                        "t.json:2:1: question 'q1': unknown field \"items\"",
                        "t.json:2:1: question 'q1': unknown field \"aa\"");
    }

    @Test
    void wholeNumbersMustFitAnIntAndHaveNoFraction() {
        assertThat(problems("{\"id\":\"q1\"," + TF + ",\"answer\":true,\"difficulty\":3000000000}"))
                .containsExactly("t.json:2:1: question 'q1': field \"difficulty\" must be a whole number");
        assertThat(problems("{\"id\":\"q1\"," + TF + ",\"answer\":true,\"difficulty\":2.0}"))
                .containsExactly("t.json:2:1: question 'q1': field \"difficulty\" must be a whole number");
        assertThat(problems("{\"id\":\"q1\"," + TF + ",\"answer\":true,\"points\":\"2\"}"))
                .containsExactly("t.json:2:1: question 'q1': field \"points\" must be a number");
    }

    @Test
    void listsSayWhetherTheListOrAnItemIsWrong() {
        String mc = "{\"id\":\"m\",\"type\":\"multiple_choice\",\"prompt\":\"p\",\"explanation\":\"e\",\"answer\":0,";
        assertThat(problems(mc + "\"choices\":\"a\"}")).containsExactly("t.json:2:1: question 'm': field \"choices\" must be a list of strings");
        assertThat(problems(mc + "\"choices\":[\"a\",1,{}]}")).containsExactly("t.json:2:1: question 'm': field \"choices\" must hold only strings");
    }

    @Test
    void eachItemOfAnObjectListThatIsNoObjectIsReported() {
        String mt = "{\"id\":\"m\",\"type\":\"matching\",\"prompt\":\"p\",\"explanation\":\"e\","
                + "\"pairs\":[1,{\"left\":\"a\",\"right\":\"b\",\"x\":0},[],{\"left\":\"c\"}]}";
        assertThat(problems(mt)).containsExactly(
                "t.json:2:1: question 'm': field \"pairs\" must hold only objects",
                "t.json:2:1: question 'm': field \"pairs\" must hold only objects",
                "t.json:2:1: question 'm': pair: unknown field \"x\"",
                "t.json:2:1: question 'm': pair: missing required field \"right\"");
    }

    @Test
    void aQuestionThatIsNoObjectIsNamedByNumber() {
        assertThat(problems("[\"not a question\"],\n{\"id\":\"q1\"," + TF + ",\"answer\":true}"))
                .containsExactly("t.json:2:1: question #1: must be an object {...}");
    }

    private static String bankWith(String questions) {
        return "{\"schemaVersion\":1,\"id\":\"b\",\"title\":\"T\",\"language\":\"en\",\"questions\":[\n" + questions + "\n]}";
    }

    private static List<String> problems(String questions) {
        try {
            BankJson.parse(bankWith(questions), "t.json");
        } catch (BankException e) {
            return e.problems();
        }
        throw new AssertionError("expected a BankException");
    }
}
