package newsquiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsquiz.bank.Bank;
import newsquiz.bank.BankJson;
import newsquiz.bank.Cloze;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.Question;
import newsquiz.bank.QuestionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The curate screen driven key by key through the real loop on a virtual terminal: decisions,
 * edits (refused ones stay open with the reason), saving (checked first, atomic, never over the
 * input when -o is given) and quitting (asks when something is unsaved).
 */
class CurateScreenTest {

    static final Path BANK = Path.of("src/test/resources/banks/curate.json");

    @TempDir
    Path dir;

    private Path input() throws IOException {
        Path copy = dir.resolve("bank.json");
        Files.copy(BANK, copy);
        return copy;
    }

    private static Harness open(Bank bank, Path target) {
        return new Harness(CurateModel.start(bank, target), 80, 24);
    }

    private static CurateModel model(Harness h) {
        return (CurateModel) h.screenModel();
    }

    @Test
    void keepsDropsEditsAndSavesTheReviewedBank() throws Exception {
        Path in = input();
        byte[] before = Files.readAllBytes(in);
        Path out = dir.resolve("out.json");
        Harness h = open(BankJson.read(in), out);
        assertThat(h.text()).contains("Q 1/4", "multiple choice", "sentence 1", "Who opened the new ferry terminal");

        h.keys("k"); // keep q01
        h.keys("d"); // drop q02
        assertThat(h.text()).contains("Q 3/4", "cloze");
        h.keys("o", "<down>", "<enter>", "<c-u>");
        h.type("Harrow Point");
        h.keys("<enter>");
        assertThat(h.text()).contains("Distractor changed", "Harrow Point").doesNotContain("Kessel Bay");
        h.keys("x", "<c-u>");
        h.type("Marlow Island was the first stop.");
        h.keys("<enter>", "k"); // an edited question stays edited when kept
        h.keys("e", "<c-u>");
        h.type("Which firm built the terminal?");
        h.keys("<enter>", "k");
        assertThat(h.text()).contains("End of the bank", "1 kept", "2 edited", "1 dropped", "not saved yet");

        h.keys("w");
        assertThat(h.text()).contains("Saved 3 questions (4 of 4 reviewed; marked curated) to out.json");
        Bank saved = BankJson.read(out);
        assertThat(saved.questions()).extracting(Question::id).containsExactly("q01-mc", "q03-cloze", "q04-sa");
        assertThat(saved.generated()).isFalse();
        Cloze cloze = (Cloze) saved.questions().get(1);
        assertThat(cloze.blanks().get(0).choices()).containsExactly("Marlow Island", "Dunmore", "Harrow Point");
        assertThat(cloze.explanation()).isEqualTo("Marlow Island was the first stop.");
        assertThat(saved.questions().get(2).prompt()).isEqualTo("Which firm built the terminal?");
        assertThat(Files.readAllBytes(in)).as("-o leaves the input bank alone").isEqualTo(before);

        h.keys("q"); // everything is saved: no question asked
        assertThat(h.exitCode()).isZero();
    }

    @Test
    void withoutOutputTheBankItselfIsRewrittenAndStaysGeneratedUntilAllAreSeen() throws Exception {
        Path in = input();
        Harness h = open(BankJson.read(in), in);
        h.keys("d", "w");
        Bank saved = BankJson.read(in);
        assertThat(saved.questions()).hasSize(3);
        assertThat(saved.generated()).isTrue();
        assertThat(h.text()).contains("Saved 3 questions (1 of 4 reviewed; still marked generated) to bank.json");
    }

    @Test
    void aRefusedEditStaysOpenWithTheReasonAndEscCancelsIt() throws Exception {
        Harness h = open(BankJson.read(input()), dir.resolve("out.json"));
        h.keys("o", "<enter>", "<c-u>");
        h.type("Tomas Greve"); // the right answer
        h.keys("<enter>");
        assertThat(model(h).mode()).isEqualTo(CurateModel.Mode.EDIT);
        assertThat(h.text()).contains("'Tomas Greve' is a right answer, not a distractor");
        h.keys("<c-u>");
        h.type("ruth abara"); // already another distractor
        h.keys("<enter>");
        assertThat(h.text()).contains("is already distractor 2");
        h.keys("<c-u>", "<enter>");
        assertThat(h.text()).doesNotContain("already distractor");
        assertThat(model(h).mode()).as("an empty distractor is removed").isEqualTo(CurateModel.Mode.BROWSE);
        // The key keeps its place where it can (Curation's rule): second of three.
        assertThat(((MultipleChoice) model(h).curation().current()).choices()).containsExactly("Ruth Abara", "Tomas Greve",
                "Leon Park");

        h.keys("e", "<c-u>", "<enter>");
        assertThat(h.text()).contains("the prompt cannot be empty");
        h.keys("<esc>");
        assertThat(model(h).mode()).isEqualTo(CurateModel.Mode.BROWSE);
        assertThat(h.text()).contains("Edit cancelled", "Who opened the new ferry terminal");
    }

    @Test
    void anEditTheBankValidatorRefusesStaysOpenAndNothingInvalidIsSaved() throws Exception {
        Bank bank = BankJson.read(input());
        List<Question> qs = new ArrayList<>(bank.questions());
        MultipleChoice mc = (MultipleChoice) qs.get(0);
        QuestionInfo i = mc.info();
        // Made in memory: a bank file this broken would not even be read.
        qs.set(0, new MultipleChoice(new QuestionInfo(i.id(), i.prompt(), i.explanation(), i.topics(), 7, i.points(), i.hint(),
                i.provenance(), i.answerDetails()), mc.choices(), mc.answer()));
        Bank broken = new Bank(bank.schemaVersion(), bank.id(), bank.title(), bank.description(), bank.language(),
                bank.source(), bank.topics(), bank.generated(), qs);
        Path out = dir.resolve("out.json");
        Harness h = open(broken, out);
        h.keys("e", "<c-u>");
        h.type("Who opened the terminal?");
        h.keys("<enter>");
        assertThat(model(h).mode()).isEqualTo(CurateModel.Mode.EDIT);
        assertThat(h.text()).contains("Not valid: difficulty 7 is outside 1-3");
        h.keys("<esc>", "w");
        assertThat(h.text()).contains("Not saved: question 'q01-mc': difficulty 7");
        assertThat(out).doesNotExist();
    }

    @Test
    void quittingWithUnsavedDecisionsAsksFirst() throws Exception {
        Path out = dir.resolve("out.json");
        Harness h = open(BankJson.read(input()), out);
        h.keys("k", "q");
        assertThat(h.text()).contains("Save before quitting?");
        h.keys("<esc>");
        assertThat(h.exitCode()).isNull();
        assertThat(h.text()).doesNotContain("Save before quitting?");
        h.keys("q", "q");
        assertThat(h.exitCode()).isZero();
        assertThat(out).doesNotExist();

        Harness again = open(BankJson.read(BANK), out);
        again.keys("d", "<c-c>", "w");
        assertThat(again.exitCode()).as("saved, then quit").isZero();
        assertThat(BankJson.read(out).questions()).hasSize(3);
    }

    @Test
    void droppingEverythingOrAnUnwritableTargetSavesNothingAndSaysWhy() throws Exception {
        Path in = input();
        byte[] before = Files.readAllBytes(in);
        Harness h = open(BankJson.read(in), dir.resolve("missing").resolve("out.json"));
        h.keys("w");
        assertThat(h.text()).contains("Not saved: no such folder: " + dir.resolve("missing"));
        h.keys("d", "d", "d", "d", "w");
        assertThat(h.text()).contains("Not saved: every question is dropped");
        assertThat(Files.readAllBytes(in)).isEqualTo(before);
        assertThat(h.exitCode()).isNull();
    }

    @Test
    void movingDoesNotDecideAndTypesWithoutDistractorsSaySo() throws Exception {
        Harness h = open(BankJson.read(input()), dir.resolve("out.json"));
        h.keys("<right>", "n");
        assertThat(h.text()).contains("Q 3/4", "- not decided");
        h.keys("<left>");
        assertThat(h.text()).contains("Q 2/4", "true false", "answer: false");
        h.keys("o");
        assertThat(h.text()).contains("This true false question has no distractors.");
        assertThat(model(h).curation().reviewed()).isZero();
        h.keys("q");
        assertThat(h.exitCode()).as("nothing decided, nothing to lose").isZero();
    }
}
