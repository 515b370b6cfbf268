package newsquiz.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import newsquiz.bank.Bank;
import newsquiz.classroom.EndOfInputInterrupts;
import newsquiz.classroom.FixedQuiz;
import newsquiz.classroom.RecordedExam;
import newsquiz.engine.AnswerRecord;
import newsquiz.engine.QuizConfig;
import newsquiz.engine.QuizItem;
import newsquiz.engine.QuizListener;
import newsquiz.engine.QuizListeners;
import newsquiz.engine.QuizMode;
import newsquiz.engine.QuizResult;
import newsquiz.engine.QuizSession;
import newsquiz.engine.QuizSetup;
import newsquiz.engine.Selection;
import newsquiz.plain.PlainQuiz;
import newsquiz.progress.ProgressStore;
import newsquiz.text.TerminalLocale;
import newsquiz.tui.Display;
import newsquiz.tui.HomeModel;
import newsquiz.tui.QuizKey;
import newsquiz.tui.QuizModel;
import newsquiz.tui.TerminalOpening;
import newsquiz.tui.Tui;
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
    Duration perQuestion = QuizSetup.DEFAULT_PER_QUESTION;

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

    @Option(names = "--ascii", description = "Full-screen mode with ASCII only (for terminals that garble symbols).")
    boolean ascii;

    @Spec
    CommandSpec spec;

    /** The quiz to play: its bank and questions, and the result file when it is a recorded exam. */
    private record Prepared(Path file, Bank bank, List<QuizItem> items, QuizConfig config, RecordedExam exam) {

        /** The session, started now; a recorded exam keeps the start it was recorded with. */
        QuizSession session(Instant now) {
            return exam != null ? exam.session() : QuizSession.start(items, config, now);
        }
    }

    /**
     * Runs the command read by {@link QuickPlayArgs}, outside picocli, with the exit codes and the
     * one-line user errors that {@link UserErrorHandler} gives under picocli.
     */
    int callReportingUserErrors() {
        PrintWriter err = err();
        try {
            return call();
        } catch (UserError e) {
            err.println("newsquiz: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (Exception e) {
            // A bug, not a user's mistake: keep the stack trace, as picocli does.
            e.printStackTrace(err);
            return ExitCodes.INVALID_INPUT;
        } finally {
            err.flush();
        }
    }

    /** Where warnings go: picocli's error stream, or standard error when picocli was skipped. */
    private PrintWriter err() {
        return spec != null ? spec.commandLine().getErr() : new PrintWriter(System.err, true);
    }

    @Override
    public Integer call() throws Exception {
        validateOptions();
        Clock clock = Clock.systemUTC();
        Map<String, String> env = System.getenv();
        boolean utf8 = TerminalLocale.isUtf8(env) && !ascii;
        String noScreen = plain ? "" : FrontEnd.whyNoFullScreen(env);
        if (noScreen != null && !noScreen.isEmpty()) {
            System.err.println("newsquiz: " + noScreen + "; using line mode (--plain)");
        }
        QuizSetup setup = setup(seed != null ? seed : System.nanoTime());
        boolean recorded = profile != null && effectiveMode() == QuizMode.EXAM;
        if (noScreen != null) {
            return playPlain(prepare(setup, recorded, clock), utf8, clock);
        }
        // The terminal opens while the bank and progress load; closing it restores the tty,
        // also when the bank turns out to be unreadable.
        try (TerminalOpening terminal = TerminalOpening.start()) {
            boolean color = !TerminalLocale.noColor(env);
            if (bank == null && resume == null && !recorded) {
                readTimeZoneMeanwhile(); // the home screen's review counts need it
                return playHome(terminal, setup, utf8, color);
            }
            return playFullScreen(terminal, prepare(setup, recorded, clock), utf8, color);
        }
    }

    /**
     * The first look-up of the system time zone reads the zone database (30-50 ms on this
     * machine); the review counts and the statistics need it, so a thread of its own reads it
     * while the bank and the progress file load. Later look-ups wait for it or find it cached.
     */
    private static void readTimeZoneMeanwhile() {
        Thread zone = new Thread(java.time.ZoneId::systemDefault, "newsquiz-time-zone");
        zone.setDaemon(true);
        zone.start();
    }

    /** Loads the bank and starts the session (or resumes a recorded exam), the same for both front ends. */
    private Prepared prepare(QuizSetup setup, boolean recorded, Clock clock) {
        if (resume != null) {
            RecordedExam exam = Exams.resume(spec.commandLine(), resume, bank, clock.instant());
            return new Prepared(resume, exam.bank(), List.of(), exam.session().config(), exam);
        }
        Path file = bank != null ? bank : BankLocator.defaultBank();
        Bank loaded = Banks.load(file);
        List<QuizItem> items = recorded ? FixedQuiz.items(loaded.questions(), setup.selection(), setup.seed(), profile)
                : setup.pick(loaded.questions());
        if (items.isEmpty()) {
            throw new UserError(file + ": no question matches the chosen topics/difficulties");
        }
        RecordedExam exam = recorded ? Exams.start(spec.commandLine(), file, loaded, items, setup.seed(), setup.config(),
                profile, data, clock.instant()) : null;
        return new Prepared(file, loaded, items, setup.config(), exam);
    }

    private int playPlain(Prepared quiz, boolean utf8, Clock clock) throws Exception {
        RecordedExam exam = quiz.exam();
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new PrintWriter(new OutputStreamWriter(System.out, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII), true);
        if (exam != null) {
            out.println(exam.notice());
        }
        try (LearnerProgress progress = LearnerProgress.open(data, profile, clock, err())) {
            QuizListener listener = listener(progress, quiz, clock);
            new PlainQuiz(exam != null ? new EndOfInputInterrupts(in, exam.interruptedMessage()) : in, out, utf8, clock,
                    listener).echoingInput(System.console() == null).run(quiz.bank().title(), quiz.session(clock.instant()));
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

    private static QuizListener listener(LearnerProgress progress, Prepared quiz, Clock clock) {
        return QuizListeners.all(progress.listener(quiz.bank().id(), quiz.config().mode().name(), clock),
                quiz.exam() != null ? quiz.exam().recorder() : null);
    }

    /** The home screen on the banks in questions/; each quiz taken there records progress for its bank. */
    private int playHome(TerminalOpening terminal, QuizSetup setup, boolean utf8, boolean color) throws Exception {
        Clock clock = Clock.systemUTC();
        try (LearnerProgress progress = LearnerProgress.open(data, profile, clock, err())) {
            StoreStudyDesk study = new StoreStudyDesk(progress.store(), java.time.ZoneId.systemDefault(),
                    ProgressStore.DEFAULT_NEW_PER_DAY, WeakCommand.DEFAULT_COUNT, setup.seed());
            Supplier<HomeModel> home = StudyTui.home(progress.store(), study, setup);
            HomeModel first = home.get(); // the banks are read while the terminal opens
            return Tui.run(terminal, now -> first, home, Display.of(utf8), color,
                    quiz -> progress.listener(quiz.bankId(), quiz.mode().name(), clock), progress.learner(), study);
        }
    }

    /**
     * Straight into the quiz. A recorded exam shows where it is saved; quitting the program before
     * handing it in leaves it open, and the last line says how to resume it.
     */
    private int playFullScreen(TerminalOpening terminal, Prepared quiz, boolean utf8, boolean color) throws Exception {
        Clock clock = Clock.systemUTC();
        RecordedExam exam = quiz.exam();
        QuizKey key = new QuizKey(quiz.bank().id(), quiz.config().mode(), exam != null);
        // The other banks are read only if the learner goes to the home screen from the results.
        AtomicBoolean handedIn = new AtomicBoolean();
        int code;
        try (LearnerProgress progress = LearnerProgress.open(data, profile, clock, err())) {
            StoreStudyDesk study = new StoreStudyDesk(progress.store(), java.time.ZoneId::systemDefault,
                    ProgressStore.DEFAULT_NEW_PER_DAY, WeakCommand.DEFAULT_COUNT, System.nanoTime());
            Supplier<HomeModel> home = () -> StudyTui.withStudy(HomeModel.start(FrontEnd.bankEntries(quiz.file(), quiz.bank(),
                    progress.store()), setup(System.nanoTime())).withBank(quiz.file())
                    .withProfile(progress.store().profile()), study);
            Function<QuizKey, QuizListener> listeners = k -> {
                QuizListener learner = progress.listener(k.bankId(), k.mode().name(), clock);
                return k.equals(key) && exam != null ? QuizListeners.all(learner, handIn(exam.recorder(), handedIn)) : learner;
            };
            // The quiz (and its timers) starts once the screen is up, not while the terminal opens.
            code = Tui.run(terminal, now -> {
                QuizModel first = QuizModel.start(quiz.bank().title(), key, quiz.session(now), now, null);
                return exam != null ? first.withMessage(exam.notice()) : first;
            }, home, Display.of(utf8), color, listeners, progress.learner(), study);
        }
        if (exam == null) {
            return code;
        }
        System.out.println(handedIn.get() ? exam.closingLine() : exam.interruptedMessage());
        return handedIn.get() ? code : ExitCodes.INTERRUPTED;
    }

    /** {@code recorder}, noting in {@code handedIn} when the exam is finished. */
    private static QuizListener handIn(QuizListener recorder, AtomicBoolean handedIn) {
        return new QuizListener() {
            @Override
            public void answered(AnswerRecord record) {
                recorder.answered(record);
            }

            @Override
            public void finished(QuizResult result) {
                recorder.finished(result);
                handedIn.set(true);
            }

            @Override
            public String warning() {
                return recorder.warning();
            }
        };
    }

    private QuizSetup setup(long actualSeed) {
        Selection selection = new Selection(count, Set.copyOf(topics), new HashSet<>(difficulties), !noShuffle);
        return new QuizSetup(effectiveMode(), selection, timeLimit, negativeMarking, perQuestion, !noTimeScoring,
                !noStreaks, actualSeed);
    }

    private QuizMode effectiveMode() {
        return exam ? QuizMode.EXAM : mode;
    }

    void validateOptions() {
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
