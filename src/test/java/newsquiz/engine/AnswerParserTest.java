package newsquiz.engine;

import static newsquiz.engine.TinyBank.question;
import static newsquiz.engine.TinyBank.unshuffled;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerParserTest {

    @Test
    void lettersGoThroughTheShuffle() {
        // shown order: C, A, B  -> letter "a" on screen is bank choice 2
        QuizItem item = new QuizItem(question("mc"), new Presentation(List.of(2, 0, 1), List.of()));
        assertThat(AnswerParser.parse(item, " A ").response()).isEqualTo(new Response.Choice(2));
        assertThat(AnswerParser.parse(item, "c").response()).isEqualTo(new Response.Choice(1));
        assertThat(AnswerParser.parse(item, "d").error()).contains("A-C");
        assertThat(AnswerParser.parse(item, "ab").isOk()).isFalse();
    }

    @Test
    void severalLettersForMultipleSelect() {
        QuizItem item = unshuffled("ms");
        assertThat(AnswerParser.parse(item, "a d").response()).isEqualTo(new Response.Selection(Set.of(0, 3)));
        assertThat(AnswerParser.parse(item, "a,d").response()).isEqualTo(new Response.Selection(Set.of(0, 3)));
        assertThat(AnswerParser.parse(item, "ad").response()).isEqualTo(new Response.Selection(Set.of(0, 3)));
        assertThat(AnswerParser.parse(item, "a z").isOk()).isFalse();
    }

    @Test
    void trueFalseWords() {
        QuizItem item = unshuffled("tf");
        assertThat(AnswerParser.parse(item, "T").response()).isEqualTo(new Response.Truth(true));
        assertThat(AnswerParser.parse(item, "false").response()).isEqualTo(new Response.Truth(false));
        assertThat(AnswerParser.parse(item, "maybe").error()).contains("t (true) or f (false)");
    }

    @Test
    void numericMustBeANumber() {
        QuizItem item = unshuffled("num");
        assertThat(AnswerParser.parse(item, "sixteen").isOk()).isTrue();
        assertThat(AnswerParser.parse(item, "lots").error()).contains("Type a number");
    }

    @Test
    void pairsInEitherForm() {
        QuizItem item = new QuizItem(question("mt"), new Presentation(List.of(1, 0, 2), List.of()));
        // on screen: A = bank right 1, B = bank right 0, C = distractor
        assertThat(AnswerParser.parse(item, "1b 2a").response()).isEqualTo(new Response.Pairing(List.of(0, 1)));
        assertThat(AnswerParser.parse(item, "ba").response()).isEqualTo(new Response.Pairing(List.of(0, 1)));
        assertThat(AnswerParser.parse(item, "1b").response()).isEqualTo(new Response.Pairing(List.of(0, -1)));
        assertThat(AnswerParser.parse(item, "3a").isOk()).isFalse();
        assertThat(AnswerParser.parse(item, "1b x").isOk()).isFalse();
    }

    @Test
    void ordersAsNumbers() {
        QuizItem item = new QuizItem(question("ord"), new Presentation(List.of(2, 0, 1), List.of()));
        // shown: 1 = announcement(2), 2 = debate(0), 3 = vote(1); right order is 2 3 1
        assertThat(AnswerParser.parse(item, "2 3 1").response()).isEqualTo(new Response.Order(List.of(0, 1, 2)));
        assertThat(AnswerParser.parse(item, "231").response()).isEqualTo(new Response.Order(List.of(0, 1, 2)));
        assertThat(AnswerParser.parse(item, "1 1 2").isOk()).isFalse();
        assertThat(AnswerParser.parse(item, "1 2").error()).contains("each of 1-3 once");
    }

    @Test
    void clozeBlankWithChoicesTakesALetter() {
        QuizItem item = new QuizItem(question("cl"), new Presentation(List.of(), List.of(List.of(), List.of(2, 1, 0))));
        assertThat(AnswerParser.parseBlank(item, 1, "a").response()).isEqualTo(new Response.Text("May"));
        assertThat(AnswerParser.parseBlank(item, 0, "five").response()).isEqualTo(new Response.Text("five"));
        assertThat(AnswerParser.parseBlank(item, 1, "e").isOk()).isFalse();
    }
}
