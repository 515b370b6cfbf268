package newsquiz.classroom;

import static newsquiz.classroom.ExamFixture.BANK;
import static newsquiz.classroom.ExamFixture.CONFIG;
import static newsquiz.classroom.ExamFixture.T0;
import static newsquiz.classroom.ExamFixture.TINY;
import static newsquiz.classroom.ExamFixture.answerRight;
import static newsquiz.classroom.ExamFixture.at;
import static newsquiz.classroom.ExamFixture.items;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import newsquiz.engine.QuizSession;
import newsquiz.engine.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordedExamTest {

    @TempDir
    Path dir;

    private RecordedExam start(String student, long seed) throws Exception {
        return RecordedExam.start(TINY, BANK, FixedQuiz.items(BANK.questions(), ExamFixture.ALL, seed, student), seed, CONFIG,
                student, dir, T0);
    }

    /** Ann answers three questions, a minute each, then her terminal closes. */
    private Path interruptedAfterThree() throws Exception {
        RecordedExam exam = start("Ann", 7);
        QuizSession s = exam.session();
        for (int m = 1; m <= 3; m++) {
            s = answerRight(s, exam.recorder(), at(m));
        }
        return exam.recorder().file();
    }

    @Test
    void theResultFileExistsBeforeTheFirstAnswer() throws Exception {
        RecordedExam exam = start("Ann", 7);
        Path file = exam.recorder().file();
        assertThat(file.getFileName().toString()).isEqualTo("ann_tiny_seed7_20260302T090000Z.json");
        Attempt a = AttemptJson.read(file);
        assertThat(a.finished()).isFalse();
        assertThat(a.student()).isEqualTo("Ann");
        assertThat(a.bank().contentHash()).isEqualTo(BankHash.of(BANK)).startsWith("sha256:");
        assertThat(a.items()).hasSize(8);
        assertThat(a.items().stream().map(ItemSnapshot::presentation).toList())
                .isEqualTo(items("Ann").stream().map(i -> i.presentation()).toList());
        assertThat(a.answers()).isEmpty();
        assertThat(a.timeLimit()).isEqualTo(Duration.ofMinutes(10));
        assertThat(exam.notice()).contains("saved as you go").contains(file.toString());
    }

    @Test
    void everyAnswerIsOnDiskAsSoonAsItIsGiven() throws Exception {
        RecordedExam exam = start("Ann", 7);
        QuizSession s = answerRight(exam.session(), exam.recorder(), T0.plusSeconds(30));
        Attempt a = AttemptJson.read(exam.recorder().file());
        assertThat(a.answers()).hasSize(1);
        assertThat(a.answers().get(0).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(a.answers().get(0).taken()).isEqualTo(Duration.ofSeconds(30));
        answerRight(s, exam.recorder(), T0.plusSeconds(45));
        assertThat(AttemptJson.read(exam.recorder().file()).answers()).hasSize(2);
        assertThat(exam.recorder().warning()).isNull();
    }

    @Test
    void finishingWritesEveryQuestionWithScoreAndEnd() throws Exception {
        RecordedExam exam = start("Ann", 7);
        QuizSession s = answerRight(exam.session(), exam.recorder(), at(1));
        s = s.finish(at(2));
        exam.recorder().finished(s.result());
        Attempt a = AttemptJson.read(exam.recorder().file());
        assertThat(a.finished()).isTrue();
        assertThat(a.finishedAt()).isEqualTo(at(2));
        assertThat(a.answers()).hasSize(8);
        assertThat(a.answers().subList(1, 8)).allMatch(x -> x.verdict() == Verdict.UNANSWERED);
        assertThat(a.score()).isEqualTo(s.result().score());
        assertThat(a.maximum()).isEqualTo(9.0);
    }

    @Test
    void resumeReplaysTheAnswersAndTheTimeLimitKeepsCounting() throws Exception {
        Path file = interruptedAfterThree();
        RecordedExam again = RecordedExam.resume(file, null, List.of(), at(8));
        QuizSession s = again.session();
        assertThat(s.records()).hasSize(3).allMatch(r -> r.mark().verdict() == Verdict.CORRECT);
        assertThat(s.current().question().id()).isEqualTo(items("Ann").get(3).question().id());
        assertThat(s.current().presentation()).isEqualTo(items("Ann").get(3).presentation());
        assertThat(s.remaining(at(8))).isEqualTo(Duration.ofMinutes(2));
        assertThat(again.notice()).contains("3 of 8 questions answered").contains("2 min 0 s left");

        s = answerRight(s, again.recorder(), at(9));
        s = s.finish(at(9));
        again.recorder().finished(s.result());
        Attempt a = AttemptJson.read(file);
        assertThat(a.finished()).isTrue();
        assertThat(a.answers()).hasSize(8);
        assertThat(a.answers().stream().filter(x -> x.verdict() == Verdict.CORRECT)).hasSize(4);
        assertThat(a.duration()).isEqualTo(Duration.ofMinutes(9));
    }

    @Test
    void resumingAfterTheDeadlineEndsTheExamAtTheDeadline() throws Exception {
        Path file = interruptedAfterThree();
        RecordedExam again = RecordedExam.resume(file, null, List.of(), at(25));
        assertThat(again.session().finished()).isTrue();
        assertThat(again.notice()).contains("time limit ran out");
        again.recorder().finished(again.session().result());
        Attempt a = AttemptJson.read(file);
        assertThat(a.finishedAt()).isEqualTo(at(10));
        assertThat(a.answers()).hasSize(8);
    }

    @Test
    void startingTheSameQuizAgainResumesInsteadOfStartingOver() throws Exception {
        Path file = interruptedAfterThree();
        RecordedExam again = RecordedExam.start(TINY, BANK, items("Ann"), 7, CONFIG, "Ann", dir, at(5));
        assertThat(again.recorder().file()).isEqualTo(file);
        assertThat(again.session().records()).hasSize(3);
        assertThat(again.notice()).contains("Resuming");
        // another quiz (seed) or another student gets a new attempt
        assertThat(start("Ann", 8).recorder().file()).isNotEqualTo(file);
        assertThat(start("Bo", 7).session().records()).isEmpty();
    }

    @Test
    void aFinishedAttemptCannotBeResumed() throws Exception {
        RecordedExam exam = start("Ann", 7);
        exam.recorder().finished(exam.session().finish(at(1)).result());
        assertThatThrownBy(() -> RecordedExam.resume(exam.recorder().file(), null, List.of(), at(2)))
                .isInstanceOf(ResultFileException.class).hasMessageContaining("nothing to resume");
        assertThat(RecordedExam.start(TINY, BANK, items("Ann"), 7, CONFIG, "Ann", dir, at(2)).recorder().file())
                .isNotEqualTo(exam.recorder().file());
    }

    @Test
    void resumeRefusesAnotherVersionOfTheBank() throws Exception {
        Path file = interruptedAfterThree();
        Path edited = dir.resolve("tiny-edited.json");
        Files.writeString(edited, Files.readString(TINY).replace("Carden", "Cardiff"));
        assertThatThrownBy(() -> RecordedExam.resume(file, edited, List.of(), at(4)))
                .isInstanceOf(ResultFileException.class)
                .hasMessageContaining("tiny-edited.json: is not bank 'tiny' version " + BankHash.shortForm(BankHash.of(BANK)));
    }

    @Test
    void resumeFindsTheBankByContentWhenItMoved() throws Exception {
        Path copy = dir.resolve("copy.json");
        Files.copy(TINY, copy);
        RecordedExam exam = RecordedExam.start(copy, BANK, items("Ann"), 7, CONFIG, "Ann", dir.resolve("results"), T0);
        answerRight(exam.session(), exam.recorder(), at(1));
        Files.delete(copy);
        Path file = exam.recorder().file();
        assertThatThrownBy(() -> RecordedExam.resume(file, null, List.of(), at(2)))
                .hasMessageContaining("cannot find bank 'tiny' version").hasMessageContaining("give it with --bank FILE");
        assertThat(RecordedExam.resume(file, null, List.of(TINY), at(2)).session().records()).hasSize(1);
    }

    @Test
    void resultFilesAreNeverOverwritten() throws Exception {
        Path first = start("Ann", 7).recorder().file();
        String before = Files.readString(first);
        // "ann" has the same file-name part as "Ann" but is another student: a new attempt, a new name
        Path second = start("ann", 7).recorder().file();
        assertThat(second.getFileName().toString()).isEqualTo("ann_tiny_seed7_20260302T090000Z-2.json");
        assertThat(Files.readString(first)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain(".tmp").hasSize(2);
        }
    }

    @Test
    void aFailedWriteIsAWarningNotACrashAndTheNextAnswerRetries() throws Exception {
        RecordedExam exam = start("Ann", 7);
        Path file = exam.recorder().file();
        Files.delete(file);
        Files.createDirectory(file); // now the path is a folder: the rename over it fails
        QuizSession s = answerRight(exam.session(), exam.recorder(), at(1));
        assertThat(exam.recorder().warning()).contains("NOT being saved");
        Files.delete(file);
        answerRight(s, exam.recorder(), at(2));
        assertThat(exam.recorder().warning()).isNull();
        assertThat(AttemptJson.read(file).answers()).hasSize(2);
    }
}
