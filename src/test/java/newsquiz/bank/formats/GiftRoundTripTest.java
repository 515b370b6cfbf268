package newsquiz.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import newsquiz.bank.Bank;
import newsquiz.bank.BankJson;
import newsquiz.bank.BankValidator;
import newsquiz.bank.Question;
import newsquiz.bank.Cloze;
import newsquiz.bank.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GIFT -> JSON -> GIFT keeps every question, answer, weight and feedback (on Moodle's own examples). */
class GiftRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"moodle-docs.gift", "moodle-examples.gift"})
    void moodleExamplesSurviveGiftJsonGift(String name) throws Exception {
        ImportResult first = GiftImporter.read(Path.of("src/test/resources/gift", name));
        assertThat(BankValidator.validate(first.bank())).isEmpty();

        Bank viaJson = BankJson.parse(BankJson.write(first.bank()), name + ".json");
        assertSameQuestions(viaJson.questions(), first.bank().questions());

        ExportResult gift = GiftExporter.write(viaJson);
        assertThat(gift.warnings()).isEmpty();
        ImportResult second = GiftImporter.parse(gift.text(), name);
        assertThat(second.warnings()).isEmpty();
        assertSameQuestions(second.bank().questions(), first.bank().questions());

        // and the exported text is a fixed point: exporting the re-import gives the same file
        assertThat(GiftExporter.write(second.bank()).text()).isEqualTo(gift.text());
    }

    @Test
    void theBundledBankExportsToGiftThatReimports() throws Exception {
        Bank bundled = BankJson.read(Path.of("questions/us-azerbaijan-charter.json"));
        ExportResult gift = GiftExporter.write(bundled);
        ImportResult back = GiftImporter.parse(gift.text(), "charter.gift");
        List<Question> expected = bundled.questions().stream()
                .filter(q -> !(q.type() == QuestionType.ORDERING
                        || q.type() == QuestionType.CLOZE && ((Cloze) q).blanks().size() > 1))
                .toList();
        assertThat(back.bank().questions()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Question want = expected.get(i);
            Question got = back.bank().questions().get(i);
            assertThat(got.id()).isEqualTo(want.id());
            // a missing-word question is its sentence: the cloze's separate instruction has no place in GIFT
            if (want.type() == QuestionType.CLOZE) {
                assertThat(((Cloze) got).text()).isEqualTo(((Cloze) want).text());
            } else {
                assertThat(got.prompt()).isEqualTo(want.prompt());
            }
            assertThat(got.explanation()).isEqualTo(want.explanation());
            assertThat(got.type()).as(want.id()).isEqualTo(want.type());
        }
        assertThat(gift.warnings()).anyMatch(w -> w.contains("GIFT has no ordering questions"));
    }

    static void assertSameQuestions(List<Question> actual, List<Question> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("question %d (%s)", i + 1, expected.get(i).id()).isEqualTo(expected.get(i));
        }
    }
}
