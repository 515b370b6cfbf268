package newsquiz.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import newsquiz.bank.BankValidator;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.Question;
import org.junit.jupiter.api.Test;

class AikenImporterTest {

    /** The two examples of Moodle's Aiken documentation. */
    private static final String MOODLE_EXAMPLES = """
            What is the correct answer to this question?
            A. Is it this one?
            B. Maybe this answer?
            C. Possibly this one?
            D. Must be this one!
            ANSWER: D

            Which LMS has the most quiz import formats?
            A) Moodle
            B) ATutor
            C) Claroline
            D) Blackboard
            E) WebCT
            F) Ilias
            ANSWER: A
            """;

    @Test
    void moodleExamplesImport() throws Exception {
        ImportResult r = AikenImporter.parse(MOODLE_EXAMPLES, "lms.txt");
        List<Question> qs = r.bank().questions();
        assertThat(qs).hasSize(2);
        MultipleChoice first = (MultipleChoice) qs.get(0);
        assertThat(first.prompt()).isEqualTo("What is the correct answer to this question?");
        assertThat(first.choices()).containsExactly("Is it this one?", "Maybe this answer?", "Possibly this one?",
                "Must be this one!");
        assertThat(first.answer()).isEqualTo(3);
        assertThat(((MultipleChoice) qs.get(1)).answer()).isZero();
        assertThat(qs).extracting(Question::id).containsExactly("q1", "q2");
        assertThat(BankValidator.validate(r.bank())).isEmpty();
    }

    @Test
    void questionTextMayWrapOverLines() throws Exception {
        MultipleChoice q = (MultipleChoice) AikenImporter.parse("Which city\nis the capital?\nA. Baku\nB. Ganja\nANSWER: a",
                "t.txt").bank().questions().get(0);
        assertThat(q.prompt()).isEqualTo("Which city is the capital?");
        assertThat(q.answer()).isZero();
    }

    @Test
    void everyBadLineIsReportedWithFileAndLine() {
        ImportException e = catchThrowableOfType(ImportException.class, () -> AikenImporter.parse("""
                Q1?
                A. one
                B. two
                ANSWER: C

                Q2?
                A. one
                ANSWER: A

                Q3?
                A. one
                A. again
                ANSWER: A

                Q4?
                A. one
                B. two
                stray text
                ANSWER: B

                Q5?
                A. one
                B. two
                """, "bad.txt"));
        assertThat(e.problems()).containsExactly(
                "bad.txt:4: ANSWER: C is not one of the options A, B",
                "bad.txt:8: the question at line 6 needs at least two options (A. ..., B. ...)",
                "bad.txt:12: option A appears twice",
                "bad.txt:18: expected another option (\"C. ...\") or \"ANSWER: X\", found \"stray text\"",
                "bad.txt:21: the question has no \"ANSWER: X\" line before the end of the file");
        assertThat(e.getMessage()).isEqualTo("bad.txt:4: ANSWER: C is not one of the options A, B (and 4 more problems)");
    }

    @Test
    void answerWithoutQuestion() {
        ImportException e = catchThrowableOfType(ImportException.class, () -> AikenImporter.parse("ANSWER: A\n", "t.txt"));
        assertThat(e.problems()).containsExactly("t.txt:1: ANSWER: without a question before it");
    }
}
