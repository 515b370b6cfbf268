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

    @Test
    void aTimeZoneAfterPmContinuesTheSentence() {
        Facts zone = analyse("The agency said the storm peaked shortly after 2 p.m. Eastern time and stayed at that level "
                + "for about nine hours. It was the strongest storm since 2024.");
        assertThat(zone.sentences()).hasSize(2);
        assertThat(zone.sentence(1).text()).contains("Eastern time and stayed");
        Facts end = analyse("The meeting ended at 2 p.m. Officials said the talks would resume on Monday.");
        assertThat(end.sentences()).as("a capital that is no time zone starts a sentence").hasSize(2);
    }

    @Test
    void aQuotationOpeningOnAPointingWordDoesNotStandAlone() {
        assertThat(InventedText.danglingInStem("\"This one moved fast, at roughly 1,800 kilometres per second,\" said Dr Ana Ruiz."))
                .isTrue();
        assertThat(InventedText.danglingInStem("\"The storm moved fast, at roughly 1,800 kilometres per second,\" said Dr Ana Ruiz."))
                .as("a quotation that names its subject stands").isFalse();
    }

    @Test
    void aTitleWordOpeningABodysNameMakesNoPerson() {
        Facts f = analyse("The Justice Select Committee's report, published on Tuesday, found that the prisons were full. "
                + "Judge Maria Olsen said the courts would sit longer.");
        assertThat(f.entitiesOf(EntityKind.PERSON)).extracting(Entity::name)
                .doesNotContain("Select Committee").contains("Maria Olsen");
    }

    @Test
    void anAcronymKeyIsGivenAwayByItsNameInTheStem() {
        assertThat(Acronym.spelledOutIn("PRN", "Helen Marsh, chief executive of the Prison Reform Network ({{1}}), said ..."))
                .isTrue();
        assertThat(Acronym.spelledOutIn("BoE".toUpperCase(), "The Bank of England ({{1}}) raised rates.")).isTrue();
        assertThat(Acronym.spelledOutIn("NOAA", "Forecasters at the Space Weather Prediction Center said ...")).isFalse();
        assertThat(Acronym.spelledOutIn("Prison Reform Network", "the Prison Reform Network said")).as("not an acronym")
                .isFalse();
    }

    @Test
    void theItemChecksRefuseTheGapThatIsTheNamesInitials() {
        Facts f = analyse("Helen Marsh, chief executive of the Prison Reform Network (PRN), said building alone would not "
                + "solve the crisis. The Howard Trust (HT) and the Ministry of Justice (MoJ) disagreed.");
        var c = new Candidate(newsquiz.bank.QuestionType.CLOZE, 1,
                "Helen Marsh, chief executive of the Prison Reform Network ({{1}}), said building alone would not solve the crisis.",
                f.sentence(1).text(), "PRN", java.util.List.of("PRN", "HMP", "MoJ"), 1.0, "t", null);
        assertThat(ItemChecks.problem(c, f)).isEqualTo("answer given away in the stem");
    }

    @Test
    void anAsideEndingInSomeonesNameDescribesThatPerson() {
        Facts f = analyse("The teacher of Anna Berg, the 31-year-old Danish cellist Karen Holm, said goodbye to her pupil "
                + "on Friday. Holm said Berg had a voice of her own. Peter Lund, the auction house's director, "
                + "said the sale was a record.");
        assertThat(InventedText.passing(f, new AppositiveQuestions())).extracting(Candidate::prompt)
                .noneMatch(p -> p.contains("cellist Karen Holm"))
                .anyMatch(p -> p.contains("auction house's director"));
    }

    @Test
    void aClauseAfterAnOpeningAccordingToPhraseIsTheStemsEnd() {
        Facts f = analyse("According to data compiled by the research firm Lutherie Index, the average price of old violins "
                + "has doubled over the past 15 years.");
        Sentence s = f.sentence(1);
        int end = Wording.clauseEnd(s, 0);
        assertThat(s.span(0, end)).contains("has doubled");
    }

    @Test
    void thenAfterAPrepositionIsATimeNamedElsewhere() {
        assertThat(InventedText.danglingInStem("The cameras recorded 18,940 offences between then and 30 September.")).isTrue();
        assertThat(InventedText.danglingInStem("The cameras recorded 18,940 offences between 1 and 30 September.")).isFalse();
    }

    @Test
    void everyStemKeepsAnOpenerThatDatesItsClaim() {
        Facts f = analyse("At the height of the floods in 1998, Lake Orvel covered 412 square kilometres of the valley floor.");
        assertThat(InventedText.passing(f, new NumericQuestions())).extracting(Candidate::prompt)
                .isNotEmpty()
                .allMatch(p -> p.contains("At the height of the floods in"));
    }
}
