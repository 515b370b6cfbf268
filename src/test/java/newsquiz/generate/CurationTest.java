package newsquiz.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import newsquiz.bank.Bank;
import newsquiz.bank.BankValidator;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.Question;
import org.junit.jupiter.api.Test;

class CurationTest {

    private final Bank bank = GeneratedBanks.of("diplomacy").bank();

    @Test
    void droppedQuestionsLeaveAndGeneratedStaysUntilAllAreReviewed() {
        Curation c = Curation.start(bank).drop().keep();
        Bank half = c.result();
        assertThat(half.questions()).hasSize(bank.questions().size() - 1);
        assertThat(half.generated()).isTrue();
        while (!c.done()) {
            c = c.keep();
        }
        assertThat(c.result().generated()).isFalse();
        assertThat(BankValidator.validate(c.result())).isEmpty();
    }

    @Test
    void editsChangeOnlyWhatWasEdited() {
        Curation c = Curation.start(bank);
        while (!(c.current() instanceof MultipleChoice)) {
            c = c.keep();
        }
        MultipleChoice before = (MultipleChoice) c.current();
        String key = before.choices().get(before.answer());
        c = c.editPrompt("Which minister is meant?").editDistractors(List.of("Ana Ruiz", "Tom Kerr", "ana ruiz"));
        MultipleChoice after = (MultipleChoice) c.current();
        assertThat(after.prompt()).isEqualTo("Which minister is meant?");
        assertThat(after.choices()).hasSize(3).contains("Ana Ruiz", "Tom Kerr");
        assertThat(after.choices().get(after.answer())).isEqualTo(key);
        assertThat(c.decisions().get(after.id())).isEqualTo(Curation.Decision.EDITED);
        Curation fixed = c;
        assertThatThrownBy(() -> fixed.editDistractors(List.of(key))).hasMessageContaining("right answer");
        assertThatThrownBy(() -> fixed.editPrompt(" ")).hasMessageContaining("cannot be empty");
    }

    @Test
    void backRevisitsAQuestion() {
        Curation c = Curation.start(bank).keep().back();
        Question first = c.current();
        assertThat(first.id()).isEqualTo(bank.questions().get(0).id());
    }

    @Test
    void forwardMovesWithoutDecidingAndStopsAfterTheLast() {
        Curation c = Curation.start(bank).forward();
        assertThat(c.index()).isEqualTo(1);
        assertThat(c.reviewed()).isZero();
        for (int i = 0; i < bank.questions().size() + 3; i++) {
            c = c.forward();
        }
        assertThat(c.done()).isTrue();
        assertThat(c.index()).isEqualTo(bank.questions().size());
        assertThat(c.back().done()).isFalse();
    }

    @Test
    void distractorsAreTheWrongOptionsThatEditDistractorsReplaces() throws Exception {
        Bank fixture = newsquiz.bank.BankJson.read(java.nio.file.Path.of("src/test/resources/banks/tiny.json"));
        Curation c = Curation.start(fixture);
        assertThat(c.distractors()).containsExactly("Ashford", "Carden"); // multiple choice, key Brockley
        assertThat(c.forward().distractors()).containsExactly("bridge", "stadium"); // multiple select
        assertThat(c.forward().forward().distractors()).isEmpty(); // true/false
        Curation mc = c.editDistractors(List.of("Ashford", "Dunmore"));
        assertThat(mc.distractors()).containsExactly("Ashford", "Dunmore");
    }

    @Test
    void problemsAreTheBankValidatorsWordsForTheCurrentQuestionOnly() {
        Curation c = Curation.start(bank);
        assertThat(c.problems()).isEmpty();
        Question q = c.current();
        newsquiz.bank.QuestionInfo i = q.info();
        Question bad = Curation.withInfo(q, new newsquiz.bank.QuestionInfo(i.id(), i.prompt(), i.explanation(), i.topics(), 9,
                i.points(), i.hint(), i.provenance(), i.answerDetails()));
        List<Question> qs = new java.util.ArrayList<>(c.questions());
        qs.set(0, bad);
        Curation broken = new Curation(bank, qs, c.decisions(), 0);
        assertThat(broken.problems()).containsExactly("difficulty 9 is outside 1-3");
        assertThat(broken.forward().problems()).isEmpty();
    }
}
