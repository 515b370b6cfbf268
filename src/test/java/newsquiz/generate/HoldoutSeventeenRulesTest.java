package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules made after holdout 17's first reading (docs/generator-quality.md). The texts are invented
 * for the tests.
 */
class HoldoutSeventeenRulesTest {

    @Test
    void aGapGluedToACapitalisedWordSplitsAName() {
        Facts f = analyse("Westbound Live said it was deeply disappointed and would appeal, a spokesman for Westbound Live added. Norges Bank's next rate "
                + "announcement is due on 15 August. Norges Bank has 900 staff. Dr Lena Roth, a glaciologist at ETH Zurich, led the survey.");
        assertThat(SplitName.glued(InventedText.cloze(1, "Type the missing name. Westbound {{1}} said it was deeply disappointed and would appeal."), f))
                .isEqualTo("Westbound");
        assertThat(SplitName.glued(InventedText.cloze(2, "Choose the word that completes the sentence. Norges {{1}}'s next rate announcement is due on 15 August.", "Bank"), f))
                .isEqualTo("Norges");
        assertThat(SplitName.glued(InventedText.cloze(3, "Type the missing name. Dr Lena Roth, a glaciologist at {{1}} Zurich, led the survey."), f))
                .isEqualTo("Zurich");
        Facts ok = analyse("Neighbouring Tonga was also hit. Prime Minister Ana Ruiz visited Lima on Monday.");
        assertThat(SplitName.glued(InventedText.cloze(1, "Type the missing name. Neighbouring {{1}} was also hit."), ok)).isNull();
        assertThat(SplitName.glued(InventedText.cloze(2, "Type the missing name. Prime Minister Ana Ruiz visited {{1}} on Monday."), ok)).isNull();
    }

    @Test
    void aCountedPhraseClosedByAColonIsEnumeratedAfterIt() {
        Facts f = analyse("The council listed four main reasons for the refusal: traffic and parking, fire access, noise, "
                + "and the risk of harm to a nearby nature reserve.");
        assertThat(InventedText.passing(f, new NumericQuestions())).extracting(Candidate::prompt)
                .noneMatch(p -> p.contains("___ main reasons"));
        assertThat(NumericQuestions.enumeratedAfterColon(f.sentence(1), 3)).isTrue();
        Facts plain = analyse("The council listed four main reasons for the refusal, the planning chief said on Monday.");
        assertThat(NumericQuestions.enumeratedAfterColon(plain.sentence(1), 3)).isFalse();
    }

    @Test
    void anOpenerWithADecadeOrATypicalYearScopesTheClaim() {
        Facts f = analyse("In a typical year of the 1990s, the ice front of the Orvel Glacier pulled back by about 20 metres.");
        assertThat(Wording.openerScopesClaim(f.sentence(1), Wording.clauseStart(f.sentence(1)))).isTrue();
    }

    @Test
    void aSpanOfTimeIsNoOneTheyCanMean() {
        assertThat(InventedText.danglingInStem("Over the next six weeks they read the stakes and dug snow pits in the upper basin."))
                .isTrue();
        assertThat(InventedText.danglingInStem("Over the next six weeks the surveyors read the stakes, and they dug snow pits."))
                .isFalse();
    }

    @Test
    void aPartItsWholeAndTheirShareGiveEachOtherAway() {
        Facts f = analyse("The Harbour Workers' Union said 1,240 of its 1,610 members took part in the ballot, a turnout "
                + "of 77 percent. Lena Dahl, the union's leader, said 91 percent had voted for a strike.");
        assertThat(NumericQuestions.shareWithItsPercent(f.sentence(1))).isTrue();
        Facts unrelated = analyse("Civic Renewal received 27.3 percent of the vote and 19 of the 63 seats in parliament.");
        assertThat(NumericQuestions.shareWithItsPercent(unrelated.sentence(1))).as("19 of 63 is 30 percent, not 27.3")
                .isFalse();
        assertThat(InventedText.passing(f, new NumericQuestions(), new TrueFalseQuestions()))
                .extracting(Candidate::prompt).noneMatch(p -> p.contains("1,240 of its"));
    }

    @Test
    void aSwappedFigureIsWrittenAsTheFigureItReplaces() {
        assertThat(Distractors.formatLike(2500, false, "1,610")).isEqualTo("2,500");
        assertThat(Distractors.formatLike(2500, false, "1610")).isEqualTo("2500");
        assertThat(Distractors.formatLike(25000, false, "16,100")).isEqualTo("25,000");
    }

    @Test
    void typedFormsTakeTheSpelledOutNameAndIrishParticles() {
        assertThat(TypedForms.accepted("HSE", "Funding was agreed with the Health Service Executive (HSE) on Monday."))
                .containsExactly("HSE", "Health Service Executive");
        assertThat(TypedForms.accepted("HSE", "The HSE agreed on Monday.")).containsExactly("HSE");
        assertThat(EntityExtractor.surnameWithParticles("Bríd Ní Fhlatharta")).isEqualTo("Ní Fhlatharta");
    }

    @Test
    void aPersonTypedAnswerTakesTheSurnameWithAndWithoutItsParticle() {
        Entity e = new Entity("Bríd Ní Fhlatharta", EntityKind.PERSON, "Ní Fhlatharta", null, null, java.util.List.of());
        assertThat(e.typedForms()).containsExactly("Bríd Ní Fhlatharta", "Ní Fhlatharta", "Fhlatharta");
        Entity plain = new Entity("Ana Ruiz", EntityKind.PERSON, "Ruiz", null, null, java.util.List.of());
        assertThat(plain.typedForms()).containsExactly("Ana Ruiz", "Ruiz");
        Entity country = new Entity("Chile", EntityKind.COUNTRY, null, null, null, java.util.List.of());
        assertThat(country.typedForms()).containsExactly("Chile");
    }
}
