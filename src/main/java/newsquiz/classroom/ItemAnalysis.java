package newsquiz.classroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsquiz.bank.QuestionType;
import newsquiz.engine.Response;
import newsquiz.engine.Verdict;

/**
 * Per-question statistics over a class's finished attempts, after Moodle's quiz statistics:
 * <ul>
 * <li>facility: the mean share of the question each student got right (partial credit counts its
 *     share; skipped and unanswered count 0), so 1 means everybody got it fully right;
 * <li>discrimination: the correlation between the points on the question and the points on the
 *     rest of the quiz (the "corrected" item-total correlation: the question's own points are left
 *     out, so it does not correlate with itself). Positive means students who did well overall did
 *     well here; near 0 means the question does not tell strong from weak; negative usually means
 *     a wrong key or a misleading question. Undefined (null) with fewer than 3 attempts or when
 *     everyone scored the same on the question or on the rest;
 * <li>option counts: how many chose each option, in bank order, whatever order each student saw.
 * </ul>
 */
final class ItemAnalysis {

    private static final int COMMON_WRONG = 3;

    private ItemAnalysis() {
    }

    /** An attempt indexed by question, its total worked out once: a class is attempts x questions. */
    private record Indexed(Map<String, ItemSnapshot> items, Map<String, AttemptAnswer> answers, double score) {
        static Indexed of(Attempt a) {
            Map<String, ItemSnapshot> items = new HashMap<>();
            a.items().forEach(i -> items.put(i.question(), i));
            Map<String, AttemptAnswer> answers = new HashMap<>();
            a.answers().forEach(x -> answers.put(x.question(), x));
            return new Indexed(items, answers, a.score());
        }
    }

    /** The statistics of every question asked in {@code finished}, numbered in the order they were asked. */
    static List<ClassReport.QuestionStats> questions(List<Attempt> finished) {
        Set<String> order = new LinkedHashSet<>();
        finished.forEach(a -> a.items().forEach(i -> order.add(i.question())));
        List<Indexed> indexed = finished.stream().map(Indexed::of).toList();
        List<ClassReport.QuestionStats> out = new ArrayList<>();
        int number = 0;
        for (String id : order) {
            out.add(question(++number, id, indexed));
        }
        return out;
    }

    private static ClassReport.QuestionStats question(int number, String id, List<Indexed> finished) {
        List<Indexed> asked = finished.stream().filter(a -> a.items().containsKey(id)).toList();
        ItemSnapshot item = asked.get(0).items().get(id);
        int n = asked.size();
        double[] points = new double[n];
        double[] rest = new double[n];
        double fractions = 0;
        int correct = 0;
        double seconds = 0;
        int timed = 0;
        List<AttemptAnswer> answers = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Indexed a = asked.get(k);
            AttemptAnswer ans = a.answers().get(id);
            answers.add(ans);
            points[k] = ans == null ? 0 : ans.points();
            rest[k] = a.score() - points[k];
            if (ans != null) {
                fractions += ans.verdict().answered() ? ans.fraction() : 0;
                correct += ans.verdict() == Verdict.CORRECT ? 1 : 0;
                if (ans.seen()) {
                    seconds += ans.taken().toMillis() / 1000.0;
                    timed++;
                }
            }
        }
        double facility = fractions / n;
        Double discrimination = Correlation.pearson(points, rest);
        List<ClassReport.OptionSetStats> options = new ArrayList<>();
        for (ItemSnapshot.OptionSet set : item.optionSets()) {
            options.add(optionCounts(set, answers));
        }
        List<ClassReport.TypedAnswer> wrong = item.type() == QuestionType.SHORT_ANSWER || item.type() == QuestionType.NUMERIC
                ? commonWrong(answers) : List.of();

        List<ClassReport.Flag> flags = new ArrayList<>();
        if (correct == 0) {
            flags.add(ClassReport.Flag.NOBODY_RIGHT);
        } else if (correct == n) {
            flags.add(ClassReport.Flag.EVERYBODY_RIGHT);
        }
        if (discrimination != null && discrimination < 0) {
            flags.add(ClassReport.Flag.NEGATIVE_DISCRIMINATION);
        }
        // when nobody picked anything (all skipped or out of time), the options are not to blame
        if (options.stream().anyMatch(s -> s.noAnswer() < n && s.options().stream().anyMatch(o -> o.count() == 0))) {
            flags.add(ClassReport.Flag.UNCHOSEN_OPTIONS);
        }
        return new ClassReport.QuestionStats(number, id, item.type(), item.prompt(), item.rightAnswer(), n, correct,
                facility, discrimination, timed == 0 ? null : seconds / timed, options, wrong, flags);
    }

    private static ClassReport.OptionSetStats optionCounts(ItemSnapshot.OptionSet set, List<AttemptAnswer> answers) {
        int[] counts = new int[set.options().size()];
        int none = 0;
        for (AttemptAnswer a : answers) {
            Set<Integer> chosen = a == null ? Set.of() : chosen(set, a.response());
            if (chosen.isEmpty()) {
                none++;
            }
            chosen.forEach(i -> counts[i]++);
        }
        List<ClassReport.OptionStats> stats = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            stats.add(new ClassReport.OptionStats(i, set.options().get(i), set.right().contains(i), counts[i]));
        }
        return new ClassReport.OptionSetStats(set.blank(), stats, none);
    }

    /** The options of {@code set} that {@code r} picked; empty for no answer (or one that does not fit). */
    static Set<Integer> chosen(ItemSnapshot.OptionSet set, Response r) {
        int size = set.options().size();
        Set<Integer> out = new LinkedHashSet<>();
        if (set.blank() < 0) {
            if (r instanceof Response.Choice c) {
                out.add(c.choice());
            } else if (r instanceof Response.Selection s) {
                out.addAll(s.choices());
            } else if (r instanceof Response.Truth t) {
                out.add(t.value() ? 0 : 1);
            }
        } else if (r instanceof Response.Blanks b && set.blank() < b.entries().size()) {
            String entry = b.entries().get(set.blank()).strip();
            int i = set.options().indexOf(entry);
            for (int k = 0; i < 0 && k < size; k++) {
                if (set.options().get(k).strip().equalsIgnoreCase(entry)) {
                    i = k;
                }
            }
            if (i >= 0) {
                out.add(i);
            }
        }
        out.removeIf(i -> i < 0 || i >= size);
        return out;
    }

    private static List<ClassReport.TypedAnswer> commonWrong(List<AttemptAnswer> answers) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (AttemptAnswer a : answers) {
            if (a != null && (a.verdict() == Verdict.WRONG || a.verdict() == Verdict.PARTIAL)
                    && a.response() instanceof Response.Text t && !t.text().isBlank()) {
                counts.merge(t.text().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(COMMON_WRONG)
                .map(e -> new ClassReport.TypedAnswer(e.getKey(), e.getValue()))
                .toList();
    }
}
