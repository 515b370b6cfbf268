package newsquiz.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import newsquiz.bank.Bank;
import newsquiz.bank.Cloze;
import newsquiz.bank.Matching;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.MultipleSelect;
import newsquiz.bank.NumericQuestion;
import newsquiz.bank.Ordering;
import newsquiz.bank.Question;
import newsquiz.bank.QuestionInfo;
import newsquiz.bank.ShortAnswer;
import newsquiz.bank.TrueFalse;
import org.junit.jupiter.api.Test;

class AnkiAndCsvExporterTest {

    private static QuestionInfo info(String id, String prompt, String explanation, String... topics) {
        return new QuestionInfo(id, prompt, explanation, List.of(topics), 2, 1, null, null);
    }

    static Bank sample() {
        List<Question> qs = List.of(
                new MultipleChoice(info("capital", "Capital of Azerbaijan?", "Baku is the capital.", "geo", "South Caucasus"),
                        List.of("Baku", "Ganja"), 0),
                new MultipleSelect(info("areas", "Which areas?", ""), List.of("energy", "tourism", "security"), Set.of(0, 2)),
                new TrueFalse(info("tf", "Signed in \"Washington\"?", "Yes,\tthere."), true),
                new ShortAnswer(info("who", "Who signed?", "", "people"), List.of("Ilham Aliyev", "Aliyev"), false, true),
                new NumericQuestion(info("months", "How many months?", ""), 6, 5, 7, "months"),
                new Cloze(info("cloze", "Fill in", ""), "Took {{1}} months in {{2}}.", List.of(
                        new Cloze.Blank(List.of("six"), List.of(), false, true),
                        new Cloze.Blank(List.of("Baku"), List.of("Baku", "Yerevan"), false, false))),
                new Matching(info("match", "Match", ""), List.of(new Matching.Pair("Aliyev", "new stage"),
                        new Matching.Pair("Rubio", "historic")), List.of("reset")),
                new Ordering(info("order", "Order these", ""), List.of("first", "second", "third")),
                new ShortAnswer(info("formula", "=1+1", "@risk"), List.of("-x", "-5"), false, true));
        return new Bank(1, "sample", "Sample\tbank", null, "en", null, List.of(), false, qs);
    }

    @Test
    void ankiFileHasHeadersAndOneNotePerQuestion() {
        String text = AnkiExporter.write(sample()).text();
        List<String> lines = text.lines().toList();
        assertThat(lines.subList(0, 5)).containsExactly("#separator:tab", "#html:false", "#notetype:Basic",
                "#deck:Sample bank", "#tags column:3");
        assertThat(text).contains("\"Capital of Azerbaijan?\nA. Baku\nB. Ganja\"\t\"A. Baku\n\nBaku is the capital.\"\tgeo South_Caucasus\n");
        // quotes are doubled, tabs inside a field are quoted rather than splitting the note
        assertThat(text).contains("\"Signed in \"\"Washington\"\"? (true or false?)\"\t\"True\n\nYes,\tthere.\"\t\n");
        assertThat(text).contains("How many months?\t6 months (accepted: 5 to 7 months)\t\n");
        assertThat(text).contains("Took _____ months in [Baku / Yerevan].\t\"1. six\n2. Baku\"");
        assertThat(notes(text)).isEqualTo(9);
    }

    /** Counts records the way Anki's CSV reader does: tabs and newlines inside quotes do not count. */
    private static int notes(String text) {
        int records = 0;
        boolean quoted = false;
        for (String line : text.split("\n", -1)) {
            if (!quoted && (line.startsWith("#") || line.isEmpty())) {
                continue;
            }
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                }
            }
            if (!quoted) {
                records++;
            }
        }
        return records;
    }

    @Test
    void csvHasAHeaderAndOneRecordPerQuestionWithRfc4180Quoting() {
        String csv = CsvExporter.write(sample()).text();
        assertThat(csv).startsWith("id,type,prompt,text,choices,answer,explanation,topics,difficulty,points,hint\r\n");
        assertThat(csv).contains("capital,multiple_choice,Capital of Azerbaijan?,,\"Baku\nGanja\",Baku,Baku is the capital.,\"geo\nSouth Caucasus\",2,1,\r\n");
        assertThat(csv).contains("tf,true_false,\"Signed in \"\"Washington\"\"?\",,,true,Yes,\tthere.,,2,1,\r\n".replace("Yes,\tthere.", "\"Yes,\tthere.\""));
        assertThat(csv).contains("months,numeric,How many months?,,,6 (5..7) months,");
        assertThat(csv).contains("cloze,cloze,Fill in,Took {{1}} months in {{2}}.,{{2}}: Baku / Yerevan,\"{{1}}: six\n{{2}}: Baku\"");
        assertThat(csv).contains("match,matching,Match,,\"new stage\nhistoric\nreset\",\"Aliyev -> new stage\nRubio -> historic\"");
        // formulas are defused, numbers are not
        assertThat(csv).contains("formula,short_answer,'=1+1,,,\"'-x\n-5\",'@risk,");
        assertThat(csv.split("\r\n", -1)).hasSize(11); // header, 9 rows, and the empty rest after the last CRLF
    }

    @Test
    void csvFieldQuoting() {
        assertThat(Csv.field("plain")).isEqualTo("plain");
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("two\r\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field("-12.5")).isEqualTo("-12.5");
        assertThat(Csv.field("+cmd")).isEqualTo("'+cmd");
    }
}
