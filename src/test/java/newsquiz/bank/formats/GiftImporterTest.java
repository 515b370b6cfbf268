package newsquiz.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import newsquiz.bank.AnswerDetail;
import newsquiz.bank.Bank;
import newsquiz.bank.BankValidator;
import newsquiz.bank.Cloze;
import newsquiz.bank.Matching;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.MultipleSelect;
import newsquiz.bank.NumericQuestion;
import newsquiz.bank.Question;
import newsquiz.bank.ShortAnswer;
import newsquiz.bank.TrueFalse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GiftImporterTest {

    private static Question one(String gift) throws ImportException {
        List<Question> qs = GiftImporter.parse(gift, "t.gift").bank().questions();
        assertThat(qs).hasSize(1);
        return qs.get(0);
    }

    private static List<String> problems(String gift) {
        try {
            GiftImporter.parse(gift, "t.gift");
        } catch (ImportException e) {
            return e.problems();
        }
        throw new AssertionError("expected an ImportException for:\n" + gift);
    }

    @Test
    void everyMoodleDocumentationExampleImports() throws Exception {
        ImportResult docs = GiftImporter.read(Path.of("src/test/resources/gift/moodle-docs.gift"));
        ImportResult shipped = GiftImporter.read(Path.of("src/test/resources/gift/moodle-examples.gift"));
        assertThat(docs.bank().questions()).hasSize(43);
        assertThat(shipped.bank().questions()).hasSize(28);
        // the three essays and the description, each named by its line
        assertThat(docs.warnings()).hasSize(4).allMatch(w -> w.matches("moodle-docs\\.gift:\\d+: skipped .*"));
        assertThat(docs.warnings().get(0)).startsWith("moodle-docs.gift:34: skipped an essay");
        assertThat(shipped.warnings()).isEmpty();
        assertThat(BankValidator.validate(docs.bank())).isEmpty();
        assertThat(BankValidator.validate(shipped.bank())).isEmpty();
        Bank bank = docs.bank();
        assertThat(bank.id()).isEqualTo("moodle-docs");
        assertThat(bank.topics()).containsExactly("tom", "tom/dick/harry");
    }

    @Test
    void oneFullyRightChoiceIsMultipleChoiceWithWeightsAndFeedbackKept() throws Exception {
        Question q = one("Difficult question.{~wrong answer#no ~%50%half credit answer =full credit answer#yes}");
        assertThat(q).isInstanceOf(MultipleChoice.class);
        MultipleChoice mc = (MultipleChoice) q;
        assertThat(mc.choices()).containsExactly("wrong answer", "half credit answer", "full credit answer");
        assertThat(mc.answer()).isEqualTo(2);
        assertThat(q.info().answerDetails()).containsExactly(
                new AnswerDetail("wrong answer", 0, "no"),
                new AnswerDetail("half credit answer", 50, ""),
                new AnswerDetail("full credit answer", 100, "yes"));
    }

    @Test
    void severalPositiveWeightsAreMultipleSelect() throws Exception {
        MultipleSelect q = (MultipleSelect) one("Who? {~%-100%No one ~%50%Grant ~%50%Grant's wife ~Grant's father}");
        assertThat(q.answers()).isEqualTo(Set.of(1, 2));
        assertThat(q.info().answerDetails()).extracting(AnswerDetail::credit).containsExactly(-100.0, 50.0, 50.0, 0.0);
    }

    @Test
    void plainQuestionsCarryNoDetails() throws Exception {
        assertThat(one("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}").info().answerDetails()).isEmpty();
    }

    @Test
    void missingWordBecomesClozeWithOneBlank() throws Exception {
        Cloze choice = (Cloze) one("Grant is {~buried =entombed ~living} in Grant's tomb.");
        assertThat(choice.text()).isEqualTo("Grant is {{1}} in Grant's tomb.");
        assertThat(choice.blanks()).containsExactly(
                new Cloze.Blank(List.of("entombed"), List.of("buried", "entombed", "living"), false, false));
        Cloze typed = (Cloze) one("Two plus two equals {=four =4}.");
        assertThat(typed.text()).isEqualTo("Two plus two equals {{1}}.");
        assertThat(typed.blanks().get(0).accept()).containsExactly("four", "4");
    }

    @Test
    void otherTypesInsideTheSentenceShowMoodlesBlank() throws Exception {
        NumericQuestion q = (NumericQuestion) one("What is pi to 3 decimal places? {#3.1415:0.0005}.");
        assertThat(q.prompt()).isEqualTo("What is pi to 3 decimal places? _____.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Grant is buried in Grant's tomb.{F}|false",
            "Grant is buried in Grant's tomb.{FALSE}|false",
            "The sun rises in the east.{T}|true",
            "The sun rises in the east.{TRUE}|true"})
    void trueFalse(String gift, boolean answer) throws Exception {
        assertThat(((TrueFalse) one(gift)).answer()).isEqualTo(answer);
    }

    @Test
    void trueFalseFeedbackIsWrongThenRight() throws Exception {
        TrueFalse q = (TrueFalse) one("42 is the Absolute Answer.{FALSE#42 is the Ultimate Answer.#Right!####H2G2}");
        assertThat(q.explanation()).isEqualTo("H2G2");
        assertThat(q.info().answerDetails()).containsExactly(
                new AnswerDetail("true", 0, "42 is the Ultimate Answer."),
                new AnswerDetail("false", 100, "Right!"));
    }

    @Test
    void shortAnswerAcceptsFullCreditAnswersAndKeepsPartialOnes() throws Exception {
        ShortAnswer q = (ShortAnswer) one("Jesus Christ was from {=Nazareth#Yes! =%75%Nazereth#Misspelled. =%0%*#No}");
        assertThat(q.accept()).containsExactly("Nazareth");
        assertThat(q.caseSensitive()).isFalse();
        assertThat(q.info().answerDetails()).extracting(AnswerDetail::answer).containsExactly("Nazareth", "Nazereth", "*");
    }

    @Test
    void numericForms() throws Exception {
        NumericQuestion tol = (NumericQuestion) one("When was Grant born?{#1822:5}");
        assertThat(List.of(tol.value(), tol.min(), tol.max())).containsExactly(1822.0, 1817.0, 1827.0);
        NumericQuestion range = (NumericQuestion) one("A number from 1 to 5? {#1..5}");
        assertThat(List.of(range.value(), range.min(), range.max())).containsExactly(3.0, 1.0, 5.0);
        NumericQuestion several = (NumericQuestion) one("When was Grant born? {#\n =1822:0 #Full\n =%50%1822:2 #Half\n ~#Wrong}");
        assertThat(several.min()).isEqualTo(1822.0);
        assertThat(several.info().answerDetails()).containsExactly(
                new AnswerDetail("1822:0", 100, "Full"), new AnswerDetail("1822:2", 50, "Half"),
                new AnswerDetail("*", 0, "Wrong"));
    }

    @Test
    void matchingWithDistractorAndHtml() throws Exception {
        Matching q = (Matching) one("::M::[html]Match the <b>activity</b>.{\n =[html]A <i>forum</i> -> Forum\n"
                + " =Wiki pages -> Wiki\n = -> Chat\n}");
        assertThat(q.prompt()).isEqualTo("Match the activity.");
        assertThat(q.pairs()).containsExactly(new Matching.Pair("A forum", "Forum"), new Matching.Pair("Wiki pages", "Wiki"));
        assertThat(q.distractors()).containsExactly("Chat");
        assertThat(q.id()).isEqualTo("m");
    }

    @Test
    void escapesTitlesCategoriesAndComments() throws Exception {
        List<Question> qs = GiftImporter.parse("""
                // a comment
                $CATEGORY: $course$/top/Unit 1

                ::Kanji \\: origins::Japanese characters
                // comment inside a question
                came from what country\\? {=China \\{PRC\\} #Right \\# 1}
                """, "t.gift").bank().questions();
        ShortAnswer q = (ShortAnswer) qs.get(0);
        assertThat(q.id()).isEqualTo("kanji-origins");
        assertThat(q.prompt()).isEqualTo("Japanese characters came from what country\\?");
        assertThat(q.accept()).containsExactly("China {PRC}");
        assertThat(q.info().answerDetails().get(0).feedback()).isEqualTo("Right # 1");
        assertThat(q.topics()).containsExactly("Unit 1");
    }

    @Test
    void escapedNewlineIsALineBreakAndWrappedLinesJoin() throws Exception {
        assertThat(one("Roses are red,\\nviolets\n   are blue? {=yes}").prompt()).isEqualTo("Roses are red,\nviolets are blue?");
    }

    @Test
    void duplicateTitlesGetUniqueIds() throws Exception {
        List<Question> qs = GiftImporter.parse("::Same::A? {T}\n\n::Same::B? {F}\n\nC? {T}", "t.gift").bank().questions();
        assertThat(qs).extracting(Question::id).containsExactly("same", "same-2", "q3");
    }

    @Test
    void essayAndDescriptionAreSkippedWithTheirLine() throws Exception {
        ImportResult r = GiftImporter.parse("Q? {T}\n\nWrite an essay. {}\n\nJust a description.\n\nR? {F}", "t.gift");
        assertThat(r.bank().questions()).hasSize(2);
        assertThat(r.warnings()).containsExactly(
                "t.gift:3: skipped an essay question (empty answer block); newsquiz cannot mark free text",
                "t.gift:5: skipped a description (text without answers); newsquiz has no such question type");
    }

    @Test
    void badLinesAreReportedWithFileAndLineAndNothingIsImported() {
        List<String> p = problems("""
                Fine? {T}

                Unclosed {=a
                ~b

                ::Title without end
                Text {T}

                Numeric {#abc}

                Weight {~%150%a =b}

                Only one {~a}

                Match {=a -> b}

                Two blocks {=a} and {=b}
                """);
        assertThat(p).containsExactly(
                "t.gift:3: '{' is never closed with '}' (write \\{ for a literal brace)",
                "t.gift:6: the title is not closed with '::' (write \\: for a literal colon)",
                "t.gift:9: 'abc' is not a number (write numeric answers as 1822, 3.14:0.01 or 1..5)",
                "t.gift:11: weight %150% is outside -100..100",
                "t.gift:13: a multiple-choice question needs at least two answers",
                "t.gift:15: a matching question needs at least two 'item -> match' pairs",
                "t.gift:17: a second answer block: a question has one {...} (write \\{ and \\} for literal braces, "
                        + "and leave a blank line between questions)");
    }

    @Test
    void answerErrorsNameTheAnswersLine() {
        assertThat(problems("Q {\n  =1822\n  =%50%18x22\n}".replace("{", "{#")))
                .containsExactly("t.gift:3: '18x22' is not a number (write numeric answers as 1822, 3.14:0.01 or 1..5)");
    }

    @Test
    void aFileWithoutQuestionsIsAnError() {
        assertThat(problems("// nothing but comments\n\n")).containsExactly("t.gift: no questions to import");
        assertThat(problems("Essay {}")).containsExactly("t.gift: no questions to import (1 skipped)");
    }
}
