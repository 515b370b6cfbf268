package newsquiz.generate;

import static newsquiz.generate.InventedText.analyse;
import static newsquiz.generate.InventedText.passing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules made after holdout 10's first reading (docs/generator-quality.md) for two classes: a
 * "Who ...?" stem made from a bare relative clause that picks out no one, and a place read as the
 * person a title after it describes. The texts are invented for the tests.
 */
class HoldoutTenRulesBTest {

    private static final String COUNCIL = "The town council of Brenmoor approved a new bus route on Monday by "
            + "nine votes to six.\n\n"
            + "Mayor Ana Ruiz, who voted in favour, said the route would open in May.\n\n"
            + "Professor Ivo Lukic of Uppsala University, who has never worked for the council, told reporters that buses "
            + "alone would not cut traffic.\n\n"
            + "Marko Petrov, who runs a ferry service on the Brenn river, said he feared losing passengers.";

    private static List<String> whoPrompts(Facts f) {
        return passing(f, new AppositiveQuestions()).stream().map(Candidate::prompt)
                .filter(p -> p.startsWith("Who ")).collect(Collectors.toList());
    }

    @Test
    void aNegatedRelativeClauseIsNoWhoQuestion() {
        List<String> prompts = whoPrompts(analyse(COUNCIL));
        assertThat(prompts).noneMatch(p -> p.contains("never worked"));
        assertThat(prompts).as("a specific relative clause is still asked")
                .contains("Who runs a ferry service on the Brenn river?");
    }

    @Test
    void aRelativeClauseThatNamesNothingIsNoWhoQuestion() {
        List<String> prompts = whoPrompts(analyse(COUNCIL));
        assertThat(prompts).noneMatch(p -> p.contains("in favour"));
        assertThat(prompts).as("a specific relative clause is still asked")
                .contains("Who runs a ferry service on the Brenn river?");
    }

    @Test
    void aRelativeClauseWithAnObjectIsKept() {
        List<Token> kept = analyse("Lena Berg, who introduced the bill, spoke first.").sentences().get(0).tokens();
        assertThat(kept.get(3).lower()).isEqualTo("who");
        assertThat(ThinRelativeClause.cannotSingleOut(kept, 4, 7)).as("who introduced the bill").isFalse();
        List<Token> thin = analyse("Lena Berg, who voted against, spoke first.").sentences().get(0).tokens();
        assertThat(ThinRelativeClause.cannotSingleOut(thin, 4, 6)).as("who voted against").isTrue();
    }

    @Test
    void aPlaceBeforeATitleAndANameIsNotThePersonTheTitleDescribes() {
        Facts f = analyse("A storm closed the harbour of Brenmoor on Sunday.\n\n"
                + "Two men were hurt by a falling crane in Brenmoor, the town's police chief, Ana Ruiz, said.");
        assertThat(f.entities()).filteredOn(e -> e.name().equals("Brenmoor"))
                .allSatisfy(e -> assertThat(e.kind()).isNotEqualTo(EntityKind.PERSON));
        assertThat(passing(f, new AppositiveQuestions())).noneMatch(c -> "Brenmoor".equals(c.answer()));
        Facts plain = analyse("A storm closed the harbour of Brenmoor on Sunday.\n\n"
                + "Ana Ruiz, the town's police chief, said two men were hurt by a falling crane.");
        assertThat(passing(plain, new AppositiveQuestions())).as("a title right after its person still counts")
                .anySatisfy(c -> {
                    assertThat(c.prompt()).isEqualTo("Who is the town's police chief?");
                    assertThat(c.answer()).isEqualTo("Ana Ruiz");
                });
    }

    @Test
    void aTitleBetweenTwoNamesIsNotGivenToTheFirst() {
        Facts f = analyse("The party met in Brenmoor on Sunday.\n\n"
                + "Speaking beside Minister Lena Berg, the party's leader, Ivo Lukic, said the vote would be held in May.");
        assertThat(passing(f, new AppositiveQuestions())).noneMatch(c -> c.prompt().contains("leader"));
        Facts plain = analyse("The party met in Brenmoor on Sunday.\n\n"
                + "Minister Lena Berg, the party's leader, said the vote would be held in May.");
        assertThat(passing(plain, new AppositiveQuestions())).as("with no second name, the title is the first's")
                .anySatisfy(c -> assertThat(c.answer()).isEqualTo("Lena Berg"));
    }
}
