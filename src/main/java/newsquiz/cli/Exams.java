package newsquiz.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import newsquiz.bank.Bank;
import newsquiz.classroom.RecordedExam;
import newsquiz.classroom.ResultFileException;
import newsquiz.classroom.ResultFiles;
import newsquiz.classroom.StudentName;
import newsquiz.engine.QuizConfig;
import newsquiz.engine.QuizItem;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** Opens recorded exams for {@code play}, turning result-file problems into one-line {@link UserError}s. */
final class Exams {

    /** What may go with --resume: the rest of the quiz comes from the result file. */
    private static final Set<String> WITH_RESUME = Set.of("--resume", "--bank", "--data", "--plain", "--exam", "--profile");

    private Exams() {
    }

    static Path folder(Path dataOption) {
        return ResultFiles.folder(dataOption, System.getenv(), BankLocator.home());
    }

    static RecordedExam start(CommandLine cli, Path bankFile, Bank bank, List<QuizItem> items, long seed, QuizConfig config,
                              String student, Path data, Instant now) {
        String problem = StudentName.problem(student);
        if (problem != null) {
            throw new ParameterException(cli, "--profile: " + problem);
        }
        Path folder = folder(data);
        try {
            return RecordedExam.start(bankFile, bank, items, seed, config, student, folder, now);
        } catch (IOException e) {
            throw new UserError(folder + ": cannot create the result file: " + e.getMessage());
        } catch (ResultFileException e) {
            throw new UserError(e.getMessage());
        }
    }

    static RecordedExam resume(CommandLine cli, Path resultFile, Path bank, Instant now) {
        for (OptionSpec o : cli.getParseResult().matchedOptions()) {
            if (!WITH_RESUME.contains(o.longestName())) {
                throw new ParameterException(cli, o.longestName() + " cannot be used with --resume: the exam continues "
                        + "with the settings it was started with");
            }
        }
        List<Path> banks;
        try {
            banks = BankLocator.banks();
        } catch (UserError noQuestionsFolder) {
            banks = List.of();
        }
        try {
            return RecordedExam.resume(resultFile, bank, banks, now);
        } catch (ResultFileException e) {
            throw new UserError(e.getMessage());
        }
    }
}
