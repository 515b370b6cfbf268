package newsquiz.classroom;

import java.time.Duration;
import java.util.List;
import newsquiz.bank.QuestionType;

/**
 * The class report for one version of one bank: the students' results and, per question, the
 * item analysis teachers know from Moodle's quiz statistics.
 *
 * @param seeds the quiz seeds found; more than one means students did not all sit the same paper
 * @param notes what the teacher should know about the files (unfinished attempts, repeats...)
 */
public record ClassReport(Attempt.BankRef bank, List<Long> seeds, List<StudentRow> students,
                          List<QuestionStats> questions, List<String> notes) {

    public ClassReport {
        seeds = List.copyOf(seeds);
        students = List.copyOf(students);
        questions = List.copyOf(questions);
        notes = List.copyOf(notes);
    }

    /** Attempts whose answers went into the question statistics. */
    public long finishedAttempts() {
        return students.stream().filter(StudentRow::finished).count();
    }

    /** Mean, median and sample standard deviation of the finished attempts' percentages; null when none is finished. */
    public Summary summary() {
        double[] p = students.stream().filter(StudentRow::finished).mapToDouble(StudentRow::percent).sorted().toArray();
        if (p.length == 0) {
            return null;
        }
        double mean = java.util.Arrays.stream(p).average().orElse(0);
        double median = p.length % 2 == 1 ? p[p.length / 2] : (p[p.length / 2 - 1] + p[p.length / 2]) / 2;
        double ss = java.util.Arrays.stream(p).map(x -> (x - mean) * (x - mean)).sum();
        return new Summary(mean, median, p.length < 2 ? 0 : Math.sqrt(ss / (p.length - 1)));
    }

    /** Class-level figures, in percent of the maximum. */
    public record Summary(double mean, double median, double standardDeviation) {
    }

    /**
     * One student's counted attempt. Students with equal scores share a rank (1, 2, 2, 4).
     *
     * @param answered questions answered or skipped (not merely reached by the time limit)
     */
    public record StudentRow(int rank, String student, double score, double maximum, double percent, Duration time,
                             boolean finished, int answered, int questions, String file) {
    }

    /**
     * Item analysis of one question over the finished attempts that asked it.
     *
     * @param attempts       how many finished attempts asked the question
     * @param correct        how many got it fully right
     * @param facility       mean share of the question got right, 0..1 (Moodle's facility index)
     * @param discrimination point-biserial (Pearson) correlation between the points on this question
     *                       and the rest of the score, -1..1; null when it cannot be computed
     * @param averageSeconds mean time on the question of those who answered or skipped it; null if none did
     * @param commonWrong    the most frequent wrong typed answers (short answer and numeric questions)
     */
    public record QuestionStats(int number, String question, QuestionType type, String prompt, String rightAnswer,
                                int attempts, int correct, double facility, Double discrimination, Double averageSeconds,
                                List<OptionSetStats> options, List<TypedAnswer> commonWrong, List<Flag> flags) {
        public QuestionStats {
            options = List.copyOf(options);
            commonWrong = List.copyOf(commonWrong);
            flags = List.copyOf(flags);
        }
    }

    /**
     * How often each option of one list was chosen (distractor analysis).
     *
     * @param blank    the cloze blank (0-based), or -1 for the question's own options
     * @param noAnswer attempts that chose none of these options
     */
    public record OptionSetStats(int blank, List<OptionStats> options, int noAnswer) {
        public OptionSetStats {
            options = List.copyOf(options);
        }
    }

    /** One option: its bank position (0 = A), text, whether it is right, and how many chose it. */
    public record OptionStats(int index, String text, boolean right, int count) {
    }

    /** A typed answer as students wrote it (lower-cased, spaces tidied) and how many wrote it. */
    public record TypedAnswer(String answer, int count) {
    }

    /** What makes a question worth a teacher's second look. */
    public enum Flag {
        NOBODY_RIGHT("nobody right"),
        EVERYBODY_RIGHT("everybody right"),
        NEGATIVE_DISCRIMINATION("negative discrimination"),
        UNCHOSEN_OPTIONS("options nobody chose");

        private final String label;

        Flag(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
