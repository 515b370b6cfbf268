package newsquiz.classroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds class reports from result files. Which attempts count:
 * <ul>
 * <li>files from different banks, or different versions of one bank (content hash), are never
 *     mixed: each version gets its own report, and a note says so;
 * <li>the same attempt given twice (a copied file) counts once;
 * <li>per student, the first finished attempt counts (a re-take does not replace it); a student
 *     with no finished attempt is listed with their latest unfinished one, marked as such and left
 *     out of the question statistics.
 * </ul>
 */
public final class ClassReports {

    /** The reports, one per bank version, and notes about the files as a whole. */
    public record ReportSet(List<ClassReport> groups, List<String> notes) {
        public ReportSet {
            groups = List.copyOf(groups);
            notes = List.copyOf(notes);
        }
    }

    private ClassReports() {
    }

    public static ReportSet build(List<ResultFiles.Found> files) {
        List<String> notes = new ArrayList<>();
        Map<String, ResultFiles.Found> byId = new LinkedHashMap<>();
        for (ResultFiles.Found f : files) {
            ResultFiles.Found earlier = byId.putIfAbsent(f.attempt().attemptId(), f);
            if (earlier != null) {
                notes.add(f.file() + " is the same attempt as " + earlier.file() + "; counted once.");
            }
        }
        Map<String, List<ResultFiles.Found>> groups = new LinkedHashMap<>();
        for (ResultFiles.Found f : byId.values()) {
            Attempt.BankRef b = f.attempt().bank();
            groups.computeIfAbsent(b.id() + " " + b.contentHash(), k -> new ArrayList<>()).add(f);
        }
        if (groups.size() > 1) {
            List<String> parts = new ArrayList<>();
            groups.values().forEach(g -> parts.add(label(g.get(0).attempt().bank()) + " (" + g.size()
                    + (g.size() == 1 ? " file)" : " files)")));
            notes.add("These files come from " + groups.size() + " different banks or bank versions, so each is reported on its own: "
                    + String.join(", ", parts) + ". A bank's version changes whenever its questions are edited.");
        }
        List<ClassReport> reports = new ArrayList<>();
        groups.values().stream()
                .sorted(Comparator.comparing((List<ResultFiles.Found> g) -> g.get(0).attempt().bank().id())
                        .thenComparing(g -> g.stream().map(f -> f.attempt().startedAt()).min(Comparator.naturalOrder()).orElseThrow()))
                .forEach(g -> reports.add(report(g)));
        return new ReportSet(reports, notes);
    }

    /** e.g. {@code bank 'tiny' version 1a2b3c4d}. */
    public static String label(Attempt.BankRef bank) {
        return "bank '" + bank.id() + "' version " + BankHash.shortForm(bank.contentHash());
    }

    private static ClassReport report(List<ResultFiles.Found> group) {
        List<String> notes = new ArrayList<>();
        Map<String, List<ResultFiles.Found>> byStudent = new LinkedHashMap<>();
        for (ResultFiles.Found f : group) {
            byStudent.computeIfAbsent(f.attempt().student().strip(), k -> new ArrayList<>()).add(f);
        }
        List<ResultFiles.Found> counted = new ArrayList<>();
        for (Map.Entry<String, List<ResultFiles.Found>> e : byStudent.entrySet()) {
            List<ResultFiles.Found> theirs = new ArrayList<>(e.getValue());
            theirs.sort(Comparator.comparing(f -> f.attempt().startedAt()));
            ResultFiles.Found pick = theirs.stream().filter(f -> f.attempt().finished()).findFirst()
                    .orElse(theirs.get(theirs.size() - 1));
            counted.add(pick);
            if (theirs.size() > 1) {
                List<String> others = theirs.stream().filter(f -> f != pick).map(f -> f.file().toString()).toList();
                notes.add(e.getKey() + " has " + theirs.size() + " attempts; counted " + pick.file()
                        + (pick.attempt().finished() ? " (the first finished one)" : " (the latest; none is finished)")
                        + ", not " + String.join(", ", others) + ".");
            }
            if (!pick.attempt().finished()) {
                Attempt a = pick.attempt();
                notes.add(e.getKey() + "'s attempt is unfinished (" + seen(a) + " of " + a.items().size()
                        + " questions answered): listed with the points so far, left out of the question statistics.");
            }
        }
        TreeSet<Long> seeds = new TreeSet<>();
        counted.forEach(f -> seeds.add(f.attempt().seed()));
        if (seeds.size() > 1) {
            notes.add("Students sat different papers (seeds " + seeds.toString().replaceAll("[\\[\\]]", "")
                    + "): each question's statistics come only from the students who were asked it.");
        }
        List<Attempt> finished = counted.stream().map(ResultFiles.Found::attempt).filter(Attempt::finished)
                .sorted(Comparator.comparing(Attempt::startedAt)).toList();
        if (finished.isEmpty()) {
            notes.add("No attempt is finished yet, so there are no question statistics.");
        }
        return new ClassReport(group.get(0).attempt().bank(), new ArrayList<>(seeds), students(counted),
                finished.isEmpty() ? List.of() : ItemAnalysis.questions(finished), notes);
    }

    private static List<ClassReport.StudentRow> students(List<ResultFiles.Found> counted) {
        List<ResultFiles.Found> sorted = new ArrayList<>(counted);
        sorted.sort(Comparator.comparingDouble((ResultFiles.Found f) -> -f.attempt().score())
                .thenComparing(f -> f.attempt().student().strip()));
        List<ClassReport.StudentRow> rows = new ArrayList<>();
        int rank = 0;
        double previous = Double.NaN;
        for (int i = 0; i < sorted.size(); i++) {
            Attempt a = sorted.get(i).attempt();
            if (i == 0 || Math.abs(a.score() - previous) > 1e-9) {
                rank = i + 1;
                previous = a.score();
            }
            rows.add(new ClassReport.StudentRow(rank, a.student().strip(), a.score(), a.maximum(), a.percent(), a.duration(),
                    a.finished(), seen(a), a.items().size(), sorted.get(i).file().toString()));
        }
        return rows;
    }

    private static int seen(Attempt a) {
        return (int) a.answers().stream().filter(AttemptAnswer::seen).count();
    }
}
