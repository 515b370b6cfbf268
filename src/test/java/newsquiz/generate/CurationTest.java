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
}
