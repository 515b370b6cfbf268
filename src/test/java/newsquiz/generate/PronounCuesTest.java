package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The resolver's cues besides the nearest name (holdout 20's two wrong keys). The texts are invented. */
class PronounCuesTest {

    @Test
    void aWomanNamedAsAMotherIsNoHe() {
        Facts f = analyse("Tomas Berger won the Lakeside Open on Sunday after a play-off. "
                + "His mother, Ingrid Berger, 61, watched from the grandstand behind the last green. "
                + "He turned professional in 2019 and had won only once before.");
        assertThat(f.subjects().get(2)).isNull();
    }

    @Test
    void aManNamedAsAHusbandIsStillAHe() {
        Facts f = analyse("Her husband, Tomas Berger, 58, watched from the grandstand behind the last green. "
                + "He said the crowd had been wonderful all week.");
        assertThat(f.subjects().get(1)).isEqualTo("Tomas Berger");
    }

    @Test
    void aHeInsideTheSpeakersWordsIsNotTheSpeaker() {
        Facts f = analyse("Paul Ferrand, 52, was found guilty of starting four fires. "
                + "“This was not a moment of madness,” the prosecutor, Karim Bensaid, told the court. "
                + "“He chose dry days. He chose windy days.”");
        assertThat(f.subjects().get(2)).as("'He chose dry days' is inside the quotation").isNull();
        assertThat(f.subjects().get(3)).as("and so is the next sentence, carried over").isNull();
    }

    @Test
    void aHeAfterTheQuotationClosesIsStillResolved() {
        Facts f = analyse("“We will appeal,” said Karim Bensaid, the defence lawyer. He said the sentence was too harsh.");
        assertThat(f.subjects().get(1)).isEqualTo("Karim Bensaid");
    }

    @Test
    void anUnnamedSpeakerBreaksTheChainToTheLastNamedPerson() {
        Facts f = analyse("Anna Keller, the agency's president, said complaints had doubled. "
                + "A spokeswoman for the parcel firm said the company delivered 1.7 billion parcels. "
                + "She said every complaint was one too many.");
        assertThat(f.subjects().get(2)).isNull();
    }
}
