package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules made after holdout 15's and holdout 16's first readings (docs/generator-quality.md). The
 * texts are invented for the tests.
 */
class HoldoutSixteenRulesTest {

    private static final String FINAL = "Maeve Gallagher, a 12-year-old pupil from Tralee, won the county chess final "
            + "on Sunday. Maeve and Tomasz Nowak, 11, from Ennis, drew their first two games. "
            + "Under the rules, Maeve then had to win the last game with the black pieces. "
            + "\"I nearly cried when his queen fell,\" she said afterwards. "
            + "Tomasz, who was playing in the final for the first time, said he would be back. "
            + "\"I'll win it next year,\" he told reporters.";

    @Test
    void aChildCalledByTheGivenNameIsTheChildNamedInFull() {
        Facts f = analyse(FINAL);
        assertThat(f.entity("Maeve Gallagher")).isNotNull();
        assertThat(f.entity("Maeve Gallagher").kind()).as("'a 12-year-old pupil' is a person's age")
                .isEqualTo(EntityKind.PERSON);
        assertThat(f.entity("Maeve")).as("no second person called Maeve").isNull();
        assertThat(f.entity("Tomasz")).as("no second person called Tomasz").isNull();
        assertThat(f.quotes()).extracting(Quote::speaker)
                .containsExactly("Maeve Gallagher", "Tomasz Nowak");
    }

    @Test
    void aFirmsFirstWordIsItsShortNameNotAGivenName() {
        Facts f = analyse("Corvell Marine, the Danish maker of ferries, said on Monday that it would cut 300 jobs. "
                + "Corvell will publish its results in March. Anna Berg, 52, a union official, said the cuts were a blow.");
        assertThat(f.entity("Corvell")).as("the firm's short name stays apart from any person").isNotNull();
        assertThat(f.entity("Corvell").kind()).isNotEqualTo(EntityKind.PERSON);
    }

    @Test
    void aOneWordNameWithAnAgePhraseIsNotTakenForAPerson() {
        Facts f = analyse("The calf was born on Friday to Nala, a 12-year-old female who came from a zoo in Prague. "
                + "She weighed about 35 kilograms, the keepers said.");
        assertThat(f.entitiesOf(EntityKind.PERSON)).extracting(Entity::name).doesNotContain("Nala");
    }
}
