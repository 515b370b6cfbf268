package newsquiz.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import newsquiz.bank.Bank;
import newsquiz.classroom.EndOfInputInterrupts;
import newsquiz.classroom.FixedQuiz;
import newsquiz.classroom.RecordedExam;
import newsquiz.engine.QuestionPicker;
import newsquiz.engine.QuizConfig;
import newsquiz.engine.QuizItem;
import newsquiz.engine.QuizListener;
import newsquiz.engine.QuizListeners;
import newsquiz.engine.QuizMode;
import newsquiz.engine.QuizSession;
import newsquiz.engine.Selection;
import newsquiz.plain.PlainQuiz;
import newsquiz.text.TerminalLocale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsquiz play}: take a quiz, full-screen in a terminal or line by line otherwise. */
@Command(name = "play", description = "Take a quiz (the default command).", mixinStandardHelpOptions = true)
final class PlayCommand implements Callable<Integer> {

    @Option(names = "--bank", paramLabel = "FILE", description = "Bank to play (default: the bundled bank in questions/).")
    Path bank;

    @Option(names = {"-n", "--count"}, paramLabel = "N", description = "Ask N questions (default: all).")
    int count;

    @Option(names = "--topic", paramLabel = "T", split = ",", description = "Only questions on these topics (repeat or comma-separate).")
    List<String> topics = List.of();

    @Option(names = "--difficulty", paramLabel = "D", split = ",", description = "Only these difficulties, 1-3.")
    List<Integer> difficulties = List.of();

    @Option(names = "--seed", paramLabel = "S", description = "Seed for question order and shuffles (same seed, same quiz).")
    Long seed;

    @Option(names = "--no-shuffle", negatable = false, description = "Keep the bank's order of questions and options.")
    boolean noShuffle;

    @Option(names = "--mode", paramLabel = "MODE", description = "practice (default), exam or speed.")
    QuizMode mode = QuizMode.PRACTICE;

    @Option(names = "--exam", description = "Same as --mode exam.")
    boolean exam;

    @Option(names = "--time-limit", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Exam time limit, e.g. 15m (exam mode).")
    Duration timeLimit;

    @Option(names = "--negative-marking", paramLabel = "SHARE",
            description = "Exam: share of a question's points lost for a wrong choice, e.g. 0.25 (default 0).")
    double negativeMarking;

    @Option(names = "--per-question", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Speed round: time for each question (default 20s).")
    Duration perQuestion = Duration.ofSeconds(20);

    @Option(names = "--no-time-scoring", description = "Speed round: do not scale points by answer time.")
    boolean noTimeScoring;

    @Option(names = "--no-streaks", description = "Speed round: no streak bonus.")
    boolean noStreaks;

    @Option(names = "--plain", description = "Line mode: numbered prompts and typed answers (automatic without a terminal).")
    boolean plain;

    @Option(names = "--profile", paramLabel = "NAME", description = "Who is playing; with --exam, answers go to a result file in DATA/results.")
    String profile;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: $NEWSQUIZ_DATA, else data/ next to newsquiz).")
    Path data;

    @Option(names = "--resume", paramLabel = "FILE", description = "Continue an interrupted exam from its result file.")
    Path resume;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        validateOptions();
        Clock clock = Clock.systemUTC();
        RecordedExam exam = resume != null ? Exams.resume(spec.commandLine(), resume, bank, clock.instant()) : null;
        Bank loaded;
        QuizSession session;
        if (exam != null) {
            loaded = exam.bank();
            session = exam.session();
        } else {
            Path file = bank != null ? bank : BankLocator.defaultBank();
            loaded = Banks.load(file);
            long actualSeed = seed != null ? seed : System.nanoTime();
            Selection selection = new Selection(count, Set.copyOf(topics), new HashSet<>(difficulties), !noShuffle);
            boolean recorded = profile != null && effectiveMode() == QuizMode.EXAM;
            List<QuizItem> items = recorded ? FixedQuiz.items(loaded.questions(), selection, actualSeed, profile)
                    : QuestionPicker.pick(loaded.questions(), selection, actualSeed);
            if (items.isEmpty()) {
                throw new UserError(file + ": no question matches the chosen topics/difficulties");
            }
            QuizConfig config = config();
            exam = recorded ? Exams.start(spec.commandLine(), file, loaded, items, actualSeed, config, profile, data, clock.instant()) : null;
            session = exam != null ? exam.session() : QuizSession.start(items, config, clock.instant());
        }
        boolean utf8 = TerminalLocale.isUtf8(System.getenv());
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new PrintWriter(new OutputStreamWriter(System.out, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII), true);
        if (exam != null) {
            out.println(exam.notice());
        }
        try (LearnerProgress progress = LearnerProgress.open(data, profile, clock, spec.commandLine().getErr())) {
            QuizListener listener = QuizListeners.all(
                    progress.listener(loaded.id(), session.config().mode().name(), clock),
                    exam != null ? exam.recorder() : null);
            new PlainQuiz(exam != null ? new EndOfInputInterrupts(in, exam.interruptedMessage()) : in, out, utf8, clock,
                    listener).echoingInput(System.console() == null).run(loaded.title(), session);
            if (exam != null) {
                out.println(exam.closingLine());
            }
        } catch (EndOfInputInterrupts.Interrupted e) {
            out.println();
            out.println(e.getMessage());
            return ExitCodes.INTERRUPTED;
        }
        return ExitCodes.OK;
    }

    private QuizMode effectiveMode() {
        return exam ? QuizMode.EXAM : mode;
    }

    private QuizConfig config() {
        return switch (effectiveMode()) {
            case PRACTICE -> QuizConfig.practice();
            case EXAM -> QuizConfig.exam(timeLimit, negativeMarking);
            case SPEED -> QuizConfig.speed(perQuestion, !noTimeScoring, !noStreaks);
        };
    }

    private void validateOptions() {
        if (count < 0) {
            throw new ParameterException(spec.commandLine(), "--count must be 0 or more, not " + count);
        }
        for (int d : difficulties) {
            if (d < 1 || d > 3) {
                throw new ParameterException(spec.commandLine(), "--difficulty must be 1, 2 or 3, not " + d);
            }
        }
        if (negativeMarking < 0 || negativeMarking > 1) {
            throw new ParameterException(spec.commandLine(), "--negative-marking must be between 0 and 1");
        }
        if ((timeLimit != null || negativeMarking > 0) && effectiveMode() != QuizMode.EXAM) {
            throw new ParameterException(spec.commandLine(), "--time-limit and --negative-marking need --mode exam");
        }
    }
}
