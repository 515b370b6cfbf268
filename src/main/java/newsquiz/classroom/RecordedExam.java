package newsquiz.classroom;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import newsquiz.bank.Bank;
import newsquiz.bank.BankException;
import newsquiz.bank.BankJson;
import newsquiz.bank.Question;
import newsquiz.engine.Presentation;
import newsquiz.engine.QuizConfig;
import newsquiz.engine.QuizItem;
import newsquiz.engine.QuizSession;
import newsquiz.engine.Verdict;

/**
 * An exam whose answers go to a result file: a new attempt, or an interrupted one picked up again.
 * A resumed attempt is rebuilt by replaying its recorded answers, at their recorded times, through
 * a session started at the original start, so scores are recomputed by the same engine and the
 * time limit keeps counting from when the student first began.
 *
 * @param notice one line for the student: where answers are recorded, or what was resumed
 */
public record RecordedExam(Bank bank, QuizSession session, ResultRecorder recorder, String notice) {

    /**
     * Starts recording {@code items} for {@code student}, unless the same student has an unfinished
     * attempt at the same quiz (same bank version, seed, rules and questions): then that one is
     * resumed, so restarting the program cannot reset the clock or give a fresh attempt.
     */
    public static RecordedExam start(Path bankFile, Bank bank, List<QuizItem> items, long seed, QuizConfig config,
                                     String student, Path folder, Instant now) throws IOException, ResultFileException {
        String hash = BankHash.of(bank);
        List<String> ids = items.stream().map(i -> i.question().id()).toList();
        Optional<ResultFiles.Found> open = ResultFiles.findUnfinished(folder, student, a ->
                a.bank().contentHash().equals(hash) && a.seed() == seed
                        && Objects.equals(a.timeLimit(), config.timeLimit())
                        && a.negativeMarking() == config.policy().negativeMarking()
                        && a.items().stream().map(ItemSnapshot::question).toList().equals(ids));
        if (open.isPresent()) {
            return continueAttempt(open.get().file(), open.get().attempt(), bank, now);
        }
        Attempt attempt = new Attempt(UUID.randomUUID().toString(), student.strip(),
                new Attempt.BankRef(bank.id(), bank.title(), bankFile.toAbsolutePath().normalize().toString(), hash),
                seed, config.mode().name().toLowerCase(java.util.Locale.ROOT), config.timeLimit(),
                config.policy().negativeMarking(), now, null, items.stream().map(ItemSnapshot::of).toList(), List.of(), app());
        ResultRecorder recorder = ResultRecorder.create(folder, attempt);
        return new RecordedExam(bank, QuizSession.start(items, config, now), recorder,
                "Your answers are saved as you go, in " + recorder.file());
    }

    /**
     * Resumes the attempt in {@code resultFile}. The bank is looked for in {@code explicitBank} if
     * given, else where the attempt was started and then among {@code otherBanks}; it must be the
     * same version (content hash) the attempt began on.
     */
    public static RecordedExam resume(Path resultFile, Path explicitBank, List<Path> otherBanks, Instant now)
            throws ResultFileException {
        Attempt attempt = AttemptJson.read(resultFile);
        if (attempt.finished()) {
            throw new ResultFileException(resultFile + ": this attempt was finished at " + attempt.finishedAt()
                    + "; there is nothing to resume");
        }
        return continueAttempt(resultFile, attempt, findBank(resultFile, attempt, explicitBank, otherBanks), now);
    }

    private static Bank findBank(Path resultFile, Attempt attempt, Path explicitBank, List<Path> otherBanks)
            throws ResultFileException {
        String want = attempt.bank().contentHash();
        String label = "bank '" + attempt.bank().id() + "' version " + BankHash.shortForm(want);
        if (explicitBank != null) {
            Bank b = readBank(explicitBank);
            if (b == null) {
                throw new ResultFileException(explicitBank + ": cannot read this bank to resume " + resultFile);
            }
            if (!BankHash.of(b).equals(want)) {
                throw new ResultFileException(explicitBank + ": is not " + label + " that " + resultFile
                        + " was started on (this is version " + BankHash.shortForm(BankHash.of(b)) + ")");
            }
            return b;
        }
        LinkedHashSet<Path> candidates = new LinkedHashSet<>();
        if (attempt.bank().file() != null) {
            candidates.add(Path.of(attempt.bank().file()));
        }
        candidates.addAll(otherBanks);
        for (Path p : candidates) {
            Bank b = readBank(p);
            if (b != null && b.id().equals(attempt.bank().id()) && BankHash.of(b).equals(want)) {
                return b;
            }
        }
        throw new ResultFileException(resultFile + ": cannot find " + label + " it was started on (looked at "
                + (attempt.bank().file() == null ? "the questions folder" : attempt.bank().file() + " and the questions folder")
                + "); give it with --bank FILE");
    }

    private static Bank readBank(Path p) {
        try {
            return BankJson.read(p);
        } catch (BankException e) {
            return null;
        }
    }

    private static RecordedExam continueAttempt(Path file, Attempt attempt, Bank bank, Instant now) throws ResultFileException {
        List<QuizItem> items = new ArrayList<>();
        for (ItemSnapshot snap : attempt.items()) {
            Question q = bank.questions().stream().filter(x -> x.id().equals(snap.question())).findFirst()
                    .orElseThrow(() -> new ResultFileException(file + ": question '" + snap.question() + "' is not in the bank"));
            Presentation p = snap.presentation();
            Presentation plain = Presentation.unshuffled(q);
            if (p.order().size() != plain.order().size() || !sameShape(p.blankOrders(), plain.blankOrders())) {
                throw new ResultFileException(file + ": question '" + snap.question() + "': the recorded option order does not fit the question");
            }
            items.add(new QuizItem(q, p));
        }
        QuizSession s = replay(file, attempt, QuizSession.start(items, attempt.config(), attempt.startedAt()));
        String notice;
        if (s.timedOut(now)) {
            Instant deadline = attempt.startedAt().plus(attempt.timeLimit());
            s = s.finish(deadline.isBefore(s.shownAt()) ? s.shownAt() : deadline);
            notice = "The time limit ran out while the exam was interrupted; questions not answered count as unanswered.";
        } else {
            Duration left = s.remaining(now);
            notice = String.format("Resuming your unfinished attempt (%s): %d of %d questions answered%s.", file,
                    attempt.answers().size(), items.size(),
                    left == null ? "" : ", " + left.toMinutes() + " min " + left.toSecondsPart() + " s left");
        }
        return new RecordedExam(bank, s, ResultRecorder.continuing(file, attempt), notice);
    }

    private static QuizSession replay(Path file, Attempt attempt, QuizSession start) throws ResultFileException {
        QuizSession s = start;
        int n = 0;
        for (AttemptAnswer a : attempt.answers()) {
            n++;
            if (s.finished()) {
                throw new ResultFileException(file + ": answers[" + (n - 1) + "]: more answers than questions");
            }
            String expected = s.current().question().id();
            if (!expected.equals(a.question())) {
                throw new ResultFileException(file + ": answers[" + (n - 1) + "]: answers '" + a.question()
                        + "' where question '" + expected + "' was asked");
            }
            if (a.verdict() == Verdict.UNANSWERED) {
                break;
            }
            try {
                s = (a.response() == null ? s.skip(a.answeredAt()) : s.answer(a.response(), a.answeredAt())).next();
            } catch (RuntimeException e) {
                throw new ResultFileException(file + ": answers[" + (n - 1) + "]: the recorded response does not fit question '"
                        + a.question() + "'");
            }
        }
        return s;
    }

    private static boolean sameShape(List<List<Integer>> a, List<List<Integer>> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).size() != b.get(i).size()) {
                return false;
            }
        }
        return true;
    }

    /** The last line of the exam: where the result is, or that it could not be saved. */
    public String closingLine() {
        String w = recorder.warning();
        return w != null ? "Warning: " + w : "Your result is saved in " + recorder.file();
    }

    /** What to tell the student when their input ends before they hand the exam in. */
    public String interruptedMessage() {
        return "Input ended before the exam was handed in. Your answers so far are saved in " + recorder.file()
                + "; continue with: newsquiz play --resume " + recorder.file();
    }

    private static String app() {
        String v = RecordedExam.class.getPackage().getImplementationVersion();
        return "newsquiz " + (v == null ? "(development build)" : v);
    }
}
