package newsquiz.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsquiz.bank.Question;
import newsquiz.bank.QuestionInfo;
import newsquiz.bank.MultipleChoice;
import newsquiz.progress.fsrs.Rating;
import org.junit.jupiter.api.Test;

class GradingAndHashTest {

    @Test
    void gradesFromAnswers() {
        assertThat(Grading.rate(0, false, false, 1000, 5000)).isEqualTo(Rating.AGAIN);
        assertThat(Grading.rate(0.4, false, false, 1000, 5000)).isEqualTo(Rating.AGAIN);
        assertThat(Grading.rate(0.5, false, false, 1000, 5000)).isEqualTo(Rating.HARD);
        assertThat(Grading.rate(1, true, true, 1000, 5000)).isEqualTo(Rating.HARD);
        assertThat(Grading.rate(0.9, true, false, 1000, 5000)).isEqualTo(Rating.HARD);
        assertThat(Grading.rate(1, true, false, 5001, 5000)).isEqualTo(Rating.GOOD);
        assertThat(Grading.rate(1, true, false, 5000, 5000)).isEqualTo(Rating.EASY);
    }

    @Test
    void fastThresholdGrowsWithWhatThereIsToRead() {
        Question tf = Fixtures.tf("a", "x".repeat(100), true);
        assertThat(Grading.fastThresholdMillis(tf)).isEqualTo(6000);
        Question mc = Fixtures.mc("b", "x".repeat(120), List.of("a".repeat(20), "b".repeat(20), "c".repeat(20),
                "d".repeat(20)), 0);
        assertThat(Grading.fastThresholdMillis(mc)).isEqualTo(10_000);
        Question sa = Fixtures.sa("c", "x".repeat(50), List.of("Ilham Aliyev", "Aliyev"));
        assertThat(Grading.fastThresholdMillis(sa)).isEqualTo(2000 + 2000 + 6 * 250);
    }

    @Test
    void hashIgnoresCosmeticsAndOrderButNotMeaning() {
        Question a = Fixtures.mc("q", "Where was it signed?", List.of("Baku", "Paris", "Rome"), 0, "t1");
        Question shuffled = Fixtures.mc("q", "  Where was  it signed? ", List.of("Rome", "Baku", "Paris"), 1);
        Question explained = new MultipleChoice(new QuestionInfo("q", "Where was it signed?", "Other explanation",
                List.of("t2"), 3, 2, "a hint", null), List.of("Baku", "Paris", "Rome"), 0);
        Question otherAnswer = Fixtures.mc("q", "Where was it signed?", List.of("Baku", "Paris", "Rome"), 1);
        Question otherPrompt = Fixtures.mc("q", "Where was it drafted?", List.of("Baku", "Paris", "Rome"), 0);
        String h = QuestionHash.of(a);
        assertThat(h).hasSize(16).matches("[0-9a-f]{16}");
        assertThat(QuestionHash.of(shuffled)).isEqualTo(h);
        assertThat(QuestionHash.of(explained)).isEqualTo(h);
        assertThat(QuestionHash.of(otherAnswer)).isNotEqualTo(h);
        assertThat(QuestionHash.of(otherPrompt)).isNotEqualTo(h);
        assertThat(QuestionHash.canonical(a))
                .isEqualTo("[\"multiple_choice\",\"Where was it signed?\",[\"Baku\",\"Paris\",\"Rome\"],\"Baku\"]");
        assertThat(QuestionHash.of(Fixtures.tf("q", "p", true))).isNotEqualTo(QuestionHash.of(Fixtures.tf("q", "p", false)));
    }

    /** Progress files are keyed by these hashes: they must never change from one version to the next. */
    @Test
    void hashesAreStableSha256Prefixes() {
        assertThat(QuestionHash.sha256Prefix("abc")).isEqualTo("ba7816bf8f01cfea"); // FIPS 180-2 test vector
        // SHA-256 of ["true_false","p",true], worked out outside Java
        assertThat(QuestionHash.of(Fixtures.tf("q", " p\t\n", true))).isEqualTo("d81ad42607af3174");
        assertThat(QuestionHash.sha256Prefix("abc")).as("the shared digest is copied, not reused").isEqualTo("ba7816bf8f01cfea");
    }

    @Test
    void aRememberedHashIsTheOneWorkedOut() throws Exception {
        var bank = newsquiz.bank.BankJson.read(java.nio.file.Path.of("questions/us-azerbaijan-charter.json"));
        for (Question q : bank.questions()) {
            String worked = QuestionHash.sha256Prefix(QuestionHash.canonical(q));
            assertThat(QuestionHash.of(q)).isEqualTo(worked);
            assertThat(QuestionHash.of(q)).as("asked again").isEqualTo(worked);
        }
        // an equal question read again is another object: same hash; an edited one: another hash
        var again = newsquiz.bank.BankJson.read(java.nio.file.Path.of("questions/us-azerbaijan-charter.json"));
        assertThat(QuestionHash.of(again.questions().get(0))).isEqualTo(QuestionHash.of(bank.questions().get(0)));
        Question edited = Fixtures.mc("q", "Where was it drafted?", List.of("Baku", "Paris", "Rome"), 0);
        Question original = Fixtures.mc("q", "Where was it signed?", List.of("Baku", "Paris", "Rome"), 0);
        assertThat(QuestionHash.of(edited)).isNotEqualTo(QuestionHash.of(original));
    }

    @Test
    void whiteSpaceIsFoldedAsBefore() {
        java.util.Random r = new java.util.Random(3);
        String pieces = " \t\n\u000B\f\r\u00A0\u2003ab";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = r.nextInt(10); n > 0; n--) {
                sb.append(pieces.charAt(r.nextInt(pieces.length())));
            }
            String s = sb.toString();
            String before = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
            assertThat(QuestionHash.norm(s)).as("\"%s\"", s).isEqualTo(before);
        }
    }
}
