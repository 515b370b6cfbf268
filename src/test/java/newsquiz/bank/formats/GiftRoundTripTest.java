package newsquiz.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import newsquiz.bank.Bank;
import newsquiz.bank.BankJson;
import newsquiz.bank.BankValidator;
import newsquiz.bank.Question;
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

    static void assertSameQuestions(List<Question> actual, List<Question> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("question %d (%s)", i + 1, expected.get(i).id()).isEqualTo(expected.get(i));
        }
    }
}
