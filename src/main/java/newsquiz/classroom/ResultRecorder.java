package newsquiz.classroom;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import newsquiz.engine.AnswerRecord;
import newsquiz.engine.QuizListener;
import newsquiz.engine.QuizResult;
import newsquiz.files.AtomicFile;

/**
 * Keeps an attempt's result file up to date: rewritten (atomically) after every answer, before
 * the front end moves on, so closing the terminal mid-exam loses nothing already answered; and
 * once more with the final records when the quiz ends. A failed write does not stop the exam: it
 * becomes a warning the front end shows, and the next answer tries again.
 */
public final class ResultRecorder implements QuizListener {

    private final Path file;
    private Attempt attempt;
    private String problem;

    private ResultRecorder(Path file, Attempt attempt) {
        this.file = file;
        this.attempt = attempt;
    }

    /** Creates a new result file for {@code attempt} in {@code folder}; never replaces an existing file. */
    public static ResultRecorder create(Path folder, Attempt attempt) throws IOException {
        return new ResultRecorder(ResultFiles.create(folder, attempt, AttemptJson.write(attempt)), attempt);
    }

    /** Carries on recording into an existing file (resume). */
    public static ResultRecorder continuing(Path file, Attempt attempt) {
        return new ResultRecorder(file, attempt);
    }

    public Path file() {
        return file;
    }

    public Attempt attempt() {
        return attempt;
    }

    @Override
    public void answered(AnswerRecord record) {
        attempt = attempt.withAnswer(AttemptAnswer.of(record));
        save();
    }

    @Override
    public void finished(QuizResult result) {
        List<AttemptAnswer> all = result.finalRecords().stream().map(AttemptAnswer::of).toList();
        attempt = attempt.finish(all, attempt.startedAt().plus(result.duration()));
        save();
    }

    @Override
    public String warning() {
        return problem == null ? null : "answers are NOT being saved to " + file + " (" + problem + "); tell your teacher";
    }

    private void save() {
        try {
            AtomicFile.write(file, AttemptJson.write(attempt));
            problem = null;
        } catch (IOException | RuntimeException e) {
            problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }
}
