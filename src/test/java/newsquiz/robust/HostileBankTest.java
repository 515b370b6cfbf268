package newsquiz.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import newsquiz.bank.Bank;
import newsquiz.bank.BankException;
import newsquiz.bank.BankJson;
import newsquiz.engine.QuestionPicker;
import newsquiz.engine.QuizConfig;
import newsquiz.engine.QuizListener;
import newsquiz.engine.QuizSession;
import newsquiz.engine.Selection;
import newsquiz.plain.PlainQuiz;
import org.junit.jupiter.api.Test;

/** Banks written to attack the terminal or the loader are shown harmlessly or refused. */
class HostileBankTest {

    private static String bank(String prompt, String choices) {
        return "{\"schemaVersion\":1,\"id\":\"h\",\"title\":\"Hostile\",\"language\":\"en\",\"questions\":["
                + "{\"id\":\"q\",\"type\":\"multiple_choice\",\"prompt\":" + prompt + ",\"choices\":" + choices
                + ",\"answer\":0,\"explanation\":\"e\"}]}";
    }

    private static String playPlain(Bank bank) throws Exception {
        StringWriter out = new StringWriter();
        Clock clock = Clock.systemUTC();
        var items = QuestionPicker.pick(bank.questions(), new Selection(0, Set.of(), Set.of(), false), 1);
        new PlainQuiz(new BufferedReader(new StringReader("a\n")), new PrintWriter(out), true, clock, QuizListener.NONE)
                .run(bank.title(), QuizSession.start(items, QuizConfig.practice(), clock.instant()));
        return out.toString();
    }

    @Test
    void escapeSequencesInBankTextNeverReachTheTerminalRaw() throws Exception {
        // OSC 52 would write the clipboard; CSI 2J would clear the screen; BEL rings; U+202E flips text.
        String prompt = "\"Who\\u001b]52;c;ZWNobyBoaQ==\\u0007 said\\u001b[2J it?\\u0007\\u0000\\u202e\"";
        Bank bank = BankJson.parse(bank(prompt, "[\"A\\u001b[31m\",\"B\"]"), "h.json");
        String shown = playPlain(bank);
        assertThat(shown).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u0000").doesNotContain("\u202e");
        assertThat(shown).contains("Who").contains("said").contains("it?");
    }

    @Test
    void escapeSequencesInFieldNamesAreEscapedInErrorMessages() {
        String json = bank("\"p\"", "[\"A\",\"B\"]").replace("\"answer\":0", "\"answer\":0,\"x\\u001b]52;c;aGk=\\u0007\\ny\":1");
        assertThatThrownBy(() -> BankJson.parse(json, "h.json"))
                .hasMessageContaining("unknown field \"x\\u001B]52;c;aGk=\\u0007\\u000Ay\"")
                .hasMessageNotContaining("\u001b");
    }

    @Test
    void aTenMegabytePromptIsShownWithoutTrouble() throws Exception {
        String huge = "\"" + "x".repeat(10 * 1024 * 1024) + "\"";
        Bank bank = BankJson.parse(bank(huge, "[\"A\",\"B\"]"), "h.json");
        assertThat(bank.questions().get(0).prompt()).hasSize(10 * 1024 * 1024);
        assertThat(playPlain(bank)).contains("Score: 1 of 1");
    }

    @Test
    void aHundredThousandOptionsLoadAndPlay() throws Exception {
        StringBuilder choices = new StringBuilder("[");
        for (int i = 0; i < 100_000; i++) {
            choices.append(i == 0 ? "" : ",").append("\"option ").append(i).append('"');
        }
        Bank bank = BankJson.parse(bank("\"Pick one\"", choices.append(']').toString()), "h.json");
        assertThat(bank.questions().get(0).accept(new CountChoices())).isEqualTo(100_000);
    }

    @Test
    void jsonNestedTenThousandDeepIsRefused() {
        String deep = bank("\"p\"", "[\"A\",\"B\"]").replace("\"title\":\"Hostile\"",
                "\"title\":\"Hostile\",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000));
        assertThatThrownBy(() -> BankJson.parse(deep, "h.json")).isInstanceOf(BankException.class)
                .hasMessageContaining("nested more than 64 levels");
    }

    /** Counts multiple-choice options without a cast. */
    private static final class CountChoices implements newsquiz.bank.Question.Cases<Integer> {
        public Integer multipleChoice(newsquiz.bank.MultipleChoice q) { return q.choices().size(); }
        public Integer multipleSelect(newsquiz.bank.MultipleSelect q) { return q.choices().size(); }
        public Integer trueFalse(newsquiz.bank.TrueFalse q) { return 2; }
        public Integer shortAnswer(newsquiz.bank.ShortAnswer q) { return 0; }
        public Integer numeric(newsquiz.bank.NumericQuestion q) { return 0; }
        public Integer cloze(newsquiz.bank.Cloze q) { return 0; }
        public Integer matching(newsquiz.bank.Matching q) { return List.of().size(); }
        public Integer ordering(newsquiz.bank.Ordering q) { return 0; }
    }
}
