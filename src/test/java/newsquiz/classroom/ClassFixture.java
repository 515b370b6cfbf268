package newsquiz.classroom;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsquiz.bank.QuestionType;
import newsquiz.engine.Response;
import newsquiz.engine.Verdict;

/**
 * Six students, five questions, built by hand so the report's statistics can be checked against
 * numbers worked out on paper (see ItemAnalysisTest). Points per question (max 1, 1, 2, 1, 1 = 6):
 * <pre>
 *        mc  tf  num  ms   sa | total
 *  Ann    1   1   2   1    0  |  5
 *  Bo     1   1   0   0.5  0  |  2.5
 *  Cy     1   0   2   1    0  |  4
 *  Di     0   1   -   0    -  |  1     (- = skipped)
 *  Ed     1   1   0   0.5  0  |  2.5
 *  Flo    0   1   .   .    .  |  1     (. = time ran out)
 * </pre>
 */
final class ClassFixture {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Attempt.BankRef BANK = new Attempt.BankRef("town", "Town council", "/banks/town.json",
            "sha256:" + "ab12cd34".repeat(8));

    static final ItemSnapshot MC = new ItemSnapshot("mc", QuestionType.MULTIPLE_CHOICE, "Which town voted?", 1, "Brockley",
            List.of(2, 0, 1), List.of(), List.of(new ItemSnapshot.OptionSet(-1, List.of("Ashford", "Brockley", "Carden"), Set.of(1))));
    static final ItemSnapshot TF = new ItemSnapshot("tf", QuestionType.TRUE_FALSE, "The vote was unanimous.", 1, "false",
            List.of(), List.of(), List.of(new ItemSnapshot.OptionSet(-1, List.of("true", "false"), Set.of(1))));
    static final ItemSnapshot NUM = new ItemSnapshot("num", QuestionType.NUMERIC, "How many members voted in favour?", 2,
            "16 members", List.of(), List.of(), List.of());
    static final ItemSnapshot MS = new ItemSnapshot("ms", QuestionType.MULTIPLE_SELECT, "Which were funded?", 1, "library; park",
            List.of(3, 2, 1, 0), List.of(),
            List.of(new ItemSnapshot.OptionSet(-1, List.of("library", "bridge", "stadium", "park"), Set.of(0, 3))));
    static final ItemSnapshot SA = new ItemSnapshot("sa", QuestionType.SHORT_ANSWER, "Who chaired the meeting?", 1,
            "Mara Əliyeva", List.of(), List.of(), List.of());
    static final List<ItemSnapshot> ITEMS = List.of(MC, TF, NUM, MS, SA);

    private ClassFixture() {
    }

    /** One answer as the fixture writes it: seconds taken, and the response (null: skipped, UNANSWERED: time ran out). */
    record Given(Verdict verdict, double fraction, Response response, double points, int seconds) {
    }

    static Given right(Response r, double points, int seconds) {
        return new Given(Verdict.CORRECT, 1, r, points, seconds);
    }

    static Given wrong(Response r, int seconds) {
        return new Given(Verdict.WRONG, 0, r, 0, seconds);
    }

    static Given partial(Response r, double fraction, int seconds) {
        return new Given(Verdict.PARTIAL, fraction, r, fraction, seconds);
    }

    static Given skipped(int seconds) {
        return new Given(Verdict.SKIPPED, 0, null, 0, seconds);
    }

    static Given timeUp() {
        return new Given(Verdict.UNANSWERED, 0, null, 0, 0);
    }

    static Attempt attempt(String student, int startMinute, boolean finished, Given... given) {
        Instant start = T0.plus(Duration.ofMinutes(startMinute));
        Instant at = start;
        List<AttemptAnswer> answers = new ArrayList<>();
        for (int i = 0; i < given.length; i++) {
            Given g = given[i];
            Instant end = at.plusSeconds(g.seconds());
            answers.add(new AttemptAnswer(ITEMS.get(i).question(), g.verdict(), g.fraction(), false, g.response(), g.points(),
                    ITEMS.get(i).points(), false, at, end));
            at = end;
        }
        boolean timedOut = answers.stream().anyMatch(a -> a.verdict() == Verdict.UNANSWERED);
        Instant finishedAt = !finished ? null : timedOut ? start.plus(Duration.ofMinutes(10)) : at;
        return new Attempt("id-" + student + "-" + startMinute, student, BANK, 5, "exam", Duration.ofMinutes(10), 0, start,
                finishedAt, ITEMS, answers, "newsquiz test");
    }

    static Response.Choice choice(int c) {
        return new Response.Choice(c);
    }

    static Response.Truth truth(boolean v) {
        return new Response.Truth(v);
    }

    static Response.Text text(String t) {
        return new Response.Text(t);
    }

    static Response.Selection picks(Integer... c) {
        return new Response.Selection(Set.of(c));
    }

    static final Attempt ANN = attempt("Ann", 0, true, right(choice(1), 1, 10), right(truth(false), 1, 10),
            right(text("16"), 2, 10), right(picks(0, 3), 1, 10), wrong(text("Aliev"), 10));
    static final Attempt BO = attempt("Bo", 0, true, right(choice(1), 1, 20), right(truth(false), 1, 10),
            wrong(text("15"), 10), partial(picks(0), 0.5, 10), wrong(text("aliev "), 10));
    static final Attempt CY = attempt("Cy", 1, true, right(choice(1), 1, 30), wrong(truth(true), 10),
            right(text("sixteen"), 2, 10), right(picks(3, 0), 1, 10), wrong(text("Mara"), 10));
    static final Attempt DI = attempt("Di", 1, true, wrong(choice(0), 40), right(truth(false), 1, 10),
            skipped(10), wrong(picks(0, 1), 10), skipped(10));
    static final Attempt ED = attempt("Ed", 2, true, right(choice(1), 1, 50), right(truth(false), 1, 10),
            wrong(text("12"), 10), partial(picks(3), 0.5, 10), wrong(text("Aliev"), 10));
    static final Attempt FLO = attempt("Flo", 2, true, wrong(choice(0), 60), right(truth(false), 1, 10),
            timeUp(), timeUp(), timeUp());

    static final List<Attempt> CLASS = List.of(ANN, BO, CY, DI, ED, FLO);

    static List<ResultFiles.Found> found(List<Attempt> attempts) {
        return attempts.stream().map(a -> new ResultFiles.Found(Path.of(a.student().toLowerCase() + ".json"), a)).toList();
    }

    /** Writes each attempt to {@code dir} as a result file named after the student. */
    static List<Path> write(Path dir, List<Attempt> attempts) throws Exception {
        List<Path> files = new ArrayList<>();
        for (Attempt a : attempts) {
            Path f = dir.resolve(a.student().toLowerCase() + "-" + a.startedAt().getEpochSecond() + ".json");
            Files.writeString(f, AttemptJson.write(a));
            files.add(f);
        }
        return files;
    }

    static Attempt withBank(Attempt a, Attempt.BankRef bank) {
        return new Attempt(a.attemptId(), a.student(), bank, a.seed(), a.mode(), a.timeLimit(), a.negativeMarking(),
                a.startedAt(), a.finishedAt(), a.items(), a.answers(), a.app());
    }
}
