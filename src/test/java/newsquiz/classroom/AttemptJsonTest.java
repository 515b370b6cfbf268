package newsquiz.classroom;

import static newsquiz.classroom.ExamFixture.T0;
import static newsquiz.classroom.ExamFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsquiz.engine.QuizSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptJsonTest {

    @TempDir
    Path dir;

    /** A finished attempt with a right answer of every type. */
    private Attempt everyType() throws Exception {
        RecordedExam exam = RecordedExam.start(ExamFixture.TINY, ExamFixture.BANK, ExamFixture.items("Ann"), 7,
                ExamFixture.CONFIG, "Ann", dir, T0);
        QuizSession s = exam.session();
        for (int i = 1; !s.finished(); i++) {
            s = ExamFixture.answerRight(s, exam.recorder(), at(i));
        }
        exam.recorder().finished(s.result());
        return exam.recorder().attempt();
    }

    private Attempt parse(String json) throws ResultFileException {
        return AttemptJson.parse(json.getBytes(StandardCharsets.UTF_8), "r.json");
    }

    @Test
    void roundTripsEveryResponseType() throws Exception {
        Attempt a = everyType();
        assertThat(a.score()).isEqualTo(9.0);
        Attempt back = parse(AttemptJson.write(a));
        assertThat(back).isEqualTo(a);
        assertThat(AttemptJson.write(back)).isEqualTo(AttemptJson.write(a));
    }

    @Test
    void theFileSaysWhatATeacherLooksFor() throws Exception {
        String json = AttemptJson.write(everyType());
        assertThat(json).contains("\"kind\" : \"newsquiz-result\"", "\"schemaVersion\" : 1", "\"student\" : \"Ann\"",
                "\"contentHash\" : \"sha256:", "\"seed\" : 7", "\"mode\" : \"exam\"", "\"timeLimitSeconds\" : 600",
                "\"negativeMarking\" : 0.25", "\"startedAt\" : \"2026-03-02T09:00:00Z\"", "\"finishedAt\" : \"2026-03-02T09:08:00Z\"",
                "\"score\" : 9", "\"maximum\" : 9", "\"percent\" : 100", "\"shownOrder\" : [", "\"verdict\" : \"correct\"",
                "\"response\" : {", "\"seconds\" : 60");
    }

    @Test
    void malformedJsonNamesFileAndPlace() {
        assertThatThrownBy(() -> parse("{\"kind\": \"newsquiz-result\",\n \"student\": }"))
                .hasMessageStartingWith("r.json:2:13: not a newsquiz result file: malformed JSON");
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        String json = AttemptJson.write(everyType());
        assertThatThrownBy(() -> parse(json.substring(0, json.length() / 2)))
                .hasMessageContaining("r.json:").hasMessageContaining("malformed JSON");
    }

    @Test
    void otherFilesAreNamedForWhatTheyAre() throws Exception {
        assertThatThrownBy(() -> AttemptJson.read(ExamFixture.TINY))
                .hasMessage(ExamFixture.TINY + ": not a newsquiz result file (it looks like a question bank)");
        assertThatThrownBy(() -> parse("[1, 2]")).hasMessage("r.json: not a newsquiz result file (expected a JSON object)");
        assertThatThrownBy(() -> parse("")).hasMessageContaining("r.json: not a newsquiz result file");
        assertThatThrownBy(() -> AttemptJson.read(dir.resolve("none.json"))).hasMessageEndingWith("none.json: no such file");
        assertThatThrownBy(() -> AttemptJson.read(dir)).hasMessageEndingWith(": is a folder, not a result file");
    }

    @Test
    void fieldProblemsNameTheField() throws Exception {
        String json = AttemptJson.write(everyType());
        assertThatThrownBy(() -> parse(json.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2")))
                .hasMessage("r.json: result file version 2 is not supported (this newsquiz reads version 1); update newsquiz");
        assertThatThrownBy(() -> parse(json.replaceFirst("\"verdict\" : \"correct\"", "\"verdict\" : \"great\"")))
                .hasMessage("r.json: answers[0].verdict: unknown verdict \"great\"");
        assertThatThrownBy(() -> parse(json.replaceFirst("\"startedAt\" : \"[^\"]*\"", "\"startedAt\" : \"yesterday\"")))
                .hasMessage("r.json: startedAt: \"yesterday\" is not a time like 2026-03-01T09:30:00Z");
        assertThatThrownBy(() -> parse(json.replaceFirst("\"shownOrder\" : \\[ [0-9]", "\"shownOrder\" : [ 9")))
                .hasMessageStartingWith("r.json: items[0].shownOrder: must hold each position");
        assertThatThrownBy(() -> parse(json.replaceFirst("\"points\" : [0-9]+", "\"points\" : \"many\"")))
                .hasMessage("r.json: items[0].points: must be a number");
    }

    @Test
    void aResultFileIsPlainUtf8Json() throws Exception {
        Path f = dir.resolve("x.json");
        Files.writeString(f, AttemptJson.write(everyType()));
        assertThat(AttemptJson.read(f).student()).isEqualTo("Ann");
    }
}
