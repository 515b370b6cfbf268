package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule made after holdout 8's first reading (docs/generator-quality.md): a first name opening a
 * sentence before an appositive belongs to the name. The text is invented for the test.
 */
class HoldoutEightRulesTest {

    @Test
    void aFirstNameOpeningTheSentenceBeforeAnAppositiveIsKept() {
        Facts f = analyse("The city council approved the plan on Monday after a long debate.\n\n"
                + "Lovro Kovač, a member of the opposition, said the plan would cost too much.\n\n"
                + "Lovro Perić, 58, said he would vote against it again.");
        // The tagger reads a sentence-initial "Lovro" as a common noun (checked), so only the rule
        // keeps it in the name.
        assertThat(new Analyzer(NlpModels.shared()).analyze("Lovro Kovač, a member, said it.").get(0).tokens().get(0).is("PROPN"))
                .isFalse();
        assertThat(f.entity("Lovro Kovač")).isNotNull();
        assertThat(f.entity("Lovro Kovač").kind()).isEqualTo(EntityKind.PERSON);
        assertThat(f.entity("Lovro Perić")).isNotNull();
        assertThat(f.entity("The city")).as("an opening word before a lower-case word is no first name").isNull();
    }
}
