package newsquiz.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import newsquiz.bank.Bank;
import newsquiz.bank.BankJson;
import newsquiz.classroom.Attempt;
import newsquiz.classroom.AttemptAnswer;
import newsquiz.classroom.AttemptJson;
import newsquiz.classroom.BankHash;
import newsquiz.classroom.ClassReports;
import newsquiz.classroom.FixedQuiz;
import newsquiz.classroom.ItemSnapshot;
import newsquiz.classroom.RecordedExam;
import newsquiz.classroom.ReportTable;
import newsquiz.classroom.ResultFiles;
import newsquiz.classroom.TextReport;
import newsquiz.engine.QuizConfig;
import newsquiz.engine.QuizItem;
import newsquiz.engine.QuizSession;
import newsquiz.engine.Response;
import newsquiz.engine.Selection;
import newsquiz.engine.Verdict;

/**
 * What the classroom features cost, on the bundled 50-question bank:
 * <ol>
 * <li>saving the result file after each answer (serialise + temp file + fsync + rename), which
 *     a student waits for before the next question appears;
 * <li>{@code newsquiz report} on classes of 30, 300 and 3,000 result files, next to a bare
 *     Jackson parse of the same files (the floor for reading them).
 * </ol>
 * Run with scripts/bench-classroom.sh; prints Markdown tables of medians (min-max) in milliseconds.
 */
public final class ClassroomBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Bank bank = BankJson.read(Path.of("questions/us-azerbaijan-charter.json"));
        // under target/, on the same disk as data/ (a tmpfs /tmp would make fsync free and the figures flattering)
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "classroom-bench");
        saveCost(bank, dir.resolve("saves"));
        reportCost(bank, dir.resolve("class"), runs);
        deleteTree(dir);
    }

    private static void saveCost(Bank bank, Path dir) throws Exception {
        List<Double> serialise = new ArrayList<>();
        List<Double> save = new ArrayList<>();
        long size = 0;
        for (int round = 0; round < 4; round++) {
            Instant t = Instant.parse("2026-03-02T09:00:00Z");
            List<QuizItem> items = FixedQuiz.items(bank.questions(), Selection.all(), 1, "student" + round);
            RecordedExam exam = RecordedExam.start(Path.of("questions/us-azerbaijan-charter.json"), bank, items, 1,
                    QuizConfig.exam(null, 0), "student" + round, dir, t);
            QuizSession s = exam.session();
            while (!s.finished()) {
                t = t.plusSeconds(7);
                QuizSession.Step step = s.skip(t);
                long t0 = System.nanoTime();
                AttemptJson.write(exam.recorder().attempt().withAnswer(AttemptAnswer.of(step.record())));
                long t1 = System.nanoTime();
                exam.recorder().answered(step.record());
                long t2 = System.nanoTime();
                if (round > 0) { // round 0 warms up
                    serialise.add((t1 - t0) / 1e6);
                    save.add((t2 - t1) / 1e6);
                }
                s = step.next();
            }
            size = Files.size(exam.recorder().file());
        }
        System.out.println("Saving a 50-question exam's result file after each answer (" + save.size() + " saves):");
        System.out.println();
        System.out.println("| step | median ms (min-max) |");
        System.out.println("|---|---|");
        System.out.println("| serialise to JSON | " + BankLoadBenchmark.summary(serialise) + " |");
        System.out.println("| save (serialise + write + fsync + rename + folder fsync) | " + BankLoadBenchmark.summary(save) + " |");
        System.out.printf("%nResult file of a finished 50-question exam: %.1f KB%n%n", size / 1024.0);
    }

    private static void reportCost(Bank bank, Path dir, int runs) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        System.out.println("| result files | total size | read + analyse + render text, ms | bare Jackson readTree, ms | per file, ms |");
        System.out.println("|---|---|---|---|---|");
        int written = 0;
        Files.createDirectories(dir);
        for (int students : new int[] {30, 300, 3_000}) {
            for (; written < students; written++) {
                Files.writeString(dir.resolve("s" + written + ".json"), AttemptJson.write(synthetic(bank, written)));
            }
            List<Path> files = ResultFiles.list(dir);
            for (int i = 0; i < 2; i++) { // warm-up
                report(files);
                bare(mapper, files);
            }
            List<Double> ours = new ArrayList<>();
            List<Double> floor = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                int length = report(files);
                long t1 = System.nanoTime();
                bare(mapper, files);
                long t2 = System.nanoTime();
                if (length == 0) {
                    throw new AssertionError("empty report");
                }
                ours.add((t1 - t0) / 1e6);
                floor.add((t2 - t1) / 1e6);
            }
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            System.out.printf("| %,d | %.1f MB | %s | %s | %.2f |%n", students, bytes / 1048576.0, BankLoadBenchmark.summary(ours),
                    BankLoadBenchmark.summary(floor), BankLoadBenchmark.median(ours) / students);
        }
    }

    private static int report(List<Path> files) throws Exception {
        List<ResultFiles.Found> found = new ArrayList<>(files.size());
        for (Path f : files) {
            found.add(new ResultFiles.Found(f, AttemptJson.read(f)));
        }
        return TextReport.render(ClassReports.build(found), ReportTable.ALL, true).length();
    }

    private static void bare(ObjectMapper mapper, List<Path> files) throws Exception {
        for (Path f : files) {
            mapper.readTree(f.toFile());
        }
    }

    /** A finished attempt at all 50 questions; stronger students (higher n mod 10) get more right. */
    private static Attempt synthetic(Bank bank, int n) {
        Random random = new Random(n);
        String student = "Student " + n;
        List<ItemSnapshot> items = FixedQuiz.items(bank.questions(), Selection.all(), 1, student).stream().map(ItemSnapshot::of).toList();
        double ability = 0.3 + 0.06 * (n % 10);
        Instant start = Instant.parse("2026-03-02T09:00:00Z");
        Instant at = start;
        List<AttemptAnswer> answers = new ArrayList<>();
        for (ItemSnapshot item : items) {
            boolean right = random.nextDouble() < ability;
            Instant end = at.plusSeconds(5 + random.nextInt(40));
            Response r;
            if (!item.optionSets().isEmpty() && item.optionSets().get(0).blank() < 0) {
                ItemSnapshot.OptionSet set = item.optionSets().get(0);
                int pick = right ? set.right().iterator().next() : random.nextInt(set.options().size());
                r = set.right().size() > 1 ? new Response.Selection(right ? set.right() : Set.of(pick)) : new Response.Choice(pick);
            } else {
                r = new Response.Text(right ? item.rightAnswer() : "guess " + random.nextInt(5));
            }
            answers.add(new AttemptAnswer(item.question(), right ? Verdict.CORRECT : Verdict.WRONG, right ? 1 : 0, false, r,
                    right ? item.points() : 0, item.points(), false, at, end));
            at = end;
        }
        return new Attempt("bench-" + n, student, new Attempt.BankRef(bank.id(), bank.title(), null, BankHash.of(bank)), 1,
                "exam", Duration.ofMinutes(45), 0, start, at, items, answers, "bench");
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
