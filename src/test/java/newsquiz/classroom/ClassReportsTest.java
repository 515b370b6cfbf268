package newsquiz.classroom;

import static newsquiz.classroom.ClassFixture.ANN;
import static newsquiz.classroom.ClassFixture.BO;
import static newsquiz.classroom.ClassFixture.CLASS;
import static newsquiz.classroom.ClassFixture.CY;
import static newsquiz.classroom.ClassFixture.DI;
import static newsquiz.classroom.ClassFixture.found;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsquiz.classroom.ClassReport.StudentRow;
import newsquiz.engine.Verdict;
import org.junit.jupiter.api.Test;

class ClassReportsTest {

    @Test
    void studentsAreRankedByScoreAndTiesShareARank() {
        ClassReport r = ClassReports.build(found(CLASS)).groups().get(0);
        assertThat(r.students()).extracting(StudentRow::student).containsExactly("Ann", "Cy", "Bo", "Ed", "Di", "Flo");
        assertThat(r.students()).extracting(StudentRow::rank).containsExactly(1, 2, 3, 3, 5, 5);
        StudentRow ann = r.students().get(0);
        assertThat(ann.score()).isEqualTo(5);
        assertThat(ann.maximum()).isEqualTo(6);
        assertThat(ann.percent()).isCloseTo(83.33, within(0.01));
        assertThat(ann.time()).hasSeconds(50);
        assertThat(r.students().get(5).answered()).isEqualTo(2);
        // percentages 83.3 66.7 41.7 41.7 16.7 16.7
        assertThat(r.summary().mean()).isCloseTo(44.44, within(0.01));
        assertThat(r.summary().median()).isCloseTo(41.67, within(0.01));
        assertThat(r.summary().standardDeviation()).isCloseTo(26.70, within(0.01));
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void differentVersionsOfABankAreReportedApartWithANote() {
        Attempt.BankRef edited = new Attempt.BankRef("town", "Town council", null, "sha256:" + "9f".repeat(32));
        List<Attempt> mixed = new ArrayList<>(CLASS);
        mixed.set(1, ClassFixture.withBank(BO, edited));
        ClassReports.ReportSet set = ClassReports.build(found(mixed));
        assertThat(set.groups()).hasSize(2);
        assertThat(set.groups().get(0).students()).hasSize(5);
        assertThat(set.groups().get(1).students()).extracting(StudentRow::student).containsExactly("Bo");
        assertThat(set.notes()).singleElement().asString()
                .contains("2 different banks or bank versions, so each is reported on its own")
                .contains("bank 'town' version ab12cd34 (5 files)").contains("bank 'town' version 9f9f9f9f (1 file)");
    }

    @Test
    void theSameAttemptGivenTwiceCountsOnce() {
        List<ResultFiles.Found> files = new ArrayList<>(found(CLASS));
        files.add(new ResultFiles.Found(Path.of("copy-of-ann.json"), ANN));
        ClassReports.ReportSet set = ClassReports.build(files);
        assertThat(set.groups().get(0).students()).hasSize(6);
        assertThat(set.notes()).containsExactly("copy-of-ann.json is the same attempt as ann.json; counted once.");
    }

    @Test
    void aRetakeDoesNotReplaceTheFirstFinishedAttempt() {
        Attempt retake = ClassFixture.attempt("Di", 30, true, ClassFixture.right(ClassFixture.choice(1), 1, 5));
        ClassReports.ReportSet set = ClassReports.build(List.of(
                new ResultFiles.Found(Path.of("di-2.json"), retake), new ResultFiles.Found(Path.of("di.json"), DI),
                new ResultFiles.Found(Path.of("ann.json"), ANN), new ResultFiles.Found(Path.of("cy.json"), CY)));
        ClassReport r = set.groups().get(0);
        assertThat(r.students()).filteredOn(s -> s.student().equals("Di")).singleElement()
                .extracting(StudentRow::file).isEqualTo("di.json");
        assertThat(r.notes()).containsExactly("Di has 2 attempts; counted di.json (the first finished one), not di-2.json.");
    }

    @Test
    void unfinishedAttemptsAreListedButLeftOutOfTheStatistics() {
        Attempt stuck = ClassFixture.attempt("Gus", 3, false, ClassFixture.right(ClassFixture.choice(1), 1, 5),
                ClassFixture.wrong(ClassFixture.truth(true), 5));
        List<Attempt> all = new ArrayList<>(CLASS);
        all.add(stuck);
        ClassReport r = ClassReports.build(found(all)).groups().get(0);
        StudentRow gus = r.students().stream().filter(s -> s.student().equals("Gus")).findFirst().orElseThrow();
        assertThat(gus.finished()).isFalse();
        assertThat(gus.score()).isEqualTo(1);
        assertThat(gus.answered()).isEqualTo(2);
        assertThat(r.questions().get(0).attempts()).isEqualTo(6);
        assertThat(r.finishedAttempts()).isEqualTo(6);
        assertThat(r.notes()).containsExactly("Gus's attempt is unfinished (2 of 5 questions answered): listed with the points so far, "
                + "left out of the question statistics.");
        assertThat(stuck.answers()).extracting(AttemptAnswer::verdict).containsExactly(Verdict.CORRECT, Verdict.WRONG);
    }

    @Test
    void differentSeedsAreSaid() {
        Attempt other = new Attempt("x", "Hal", ClassFixture.BANK, 99, "exam", null, 0, ClassFixture.T0, ClassFixture.T0,
                ClassFixture.ITEMS, List.of(), "t");
        List<Attempt> all = new ArrayList<>(CLASS);
        all.add(other);
        ClassReport r = ClassReports.build(found(all)).groups().get(0);
        assertThat(r.seeds()).containsExactly(5L, 99L);
        assertThat(r.notes()).anyMatch(n -> n.startsWith("Students sat different papers (seeds 5, 99)"));
    }
}
