package newsquiz.classroom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The class report as CSV for spreadsheets. Each table has its own header row; with
 * {@link ReportTable#ALL} the three tables follow one another, separated by an empty line, and a
 * single table ({@code --table}) gives a file that sorts and filters cleanly. Every row starts
 * with the bank and its version, so reports of several banks can sit in one sheet. Numbers use a
 * dot for decimals; times are in seconds.
 */
public final class CsvReport {

    static final List<String> STUDENTS = List.of("bank", "bank_version", "rank", "student", "score", "maximum", "percent",
            "time_seconds", "finished", "answered", "questions", "file");
    static final List<String> QUESTIONS = List.of("bank", "bank_version", "number", "question", "type", "prompt",
            "right_answer", "attempts", "correct", "facility_percent", "discrimination", "average_seconds", "flags");
    static final List<String> OPTIONS = List.of("bank", "bank_version", "number", "question", "blank", "option", "text",
            "right", "count", "percent");

    private CsvReport() {
    }

    public static String render(ClassReports.ReportSet set, ReportTable table) {
        List<String> sections = new ArrayList<>();
        if (table.shows(ReportTable.STUDENTS)) {
            sections.add(students(set));
        }
        if (table.shows(ReportTable.QUESTIONS)) {
            sections.add(questions(set));
        }
        if (table.shows(ReportTable.OPTIONS)) {
            sections.add(options(set));
        }
        return String.join(Csv.EOL, sections);
    }

    private static String students(ClassReports.ReportSet set) {
        StringBuilder sb = new StringBuilder(Csv.row(STUDENTS));
        for (ClassReport r : set.groups()) {
            for (ClassReport.StudentRow s : r.students()) {
                sb.append(Csv.row(List.of(r.bank().id(), version(r), s.rank(), s.student(), number(s.score()), number(s.maximum()),
                        fixed(s.percent(), 1), fixed(s.time().toMillis() / 1000.0, 1),
                        s.finished(), s.answered(), s.questions(), s.file())));
            }
        }
        return sb.toString();
    }

    private static String questions(ClassReports.ReportSet set) {
        StringBuilder sb = new StringBuilder(Csv.row(QUESTIONS));
        for (ClassReport r : set.groups()) {
            for (ClassReport.QuestionStats q : r.questions()) {
                List<Object> row = new ArrayList<>(List.of(r.bank().id(), version(r), q.number(), q.question(), q.type().jsonName(),
                        q.prompt(), q.rightAnswer(), q.attempts(), q.correct(), fixed(100 * q.facility(), 1)));
                row.add(q.discrimination() == null ? null : fixed(q.discrimination(), 3));
                row.add(q.averageSeconds() == null ? null : fixed(q.averageSeconds(), 1));
                row.add(String.join("; ", q.flags().stream().map(ClassReport.Flag::label).toList()));
                sb.append(Csv.row(row));
            }
        }
        return sb.toString();
    }

    private static String options(ClassReports.ReportSet set) {
        StringBuilder sb = new StringBuilder(Csv.row(OPTIONS));
        for (ClassReport r : set.groups()) {
            for (ClassReport.QuestionStats q : r.questions()) {
                for (ClassReport.OptionSetStats s : q.options()) {
                    Object blank = s.blank() < 0 ? null : s.blank() + 1;
                    for (ClassReport.OptionStats o : s.options()) {
                        sb.append(Csv.row(Arrays.asList(r.bank().id(), version(r), q.number(), q.question(), blank,
                                ReportNumbers.letter(o.index()), o.text(), o.right(), o.count(), share(o.count(), q.attempts()))));
                    }
                    sb.append(Csv.row(Arrays.asList(r.bank().id(), version(r), q.number(), q.question(), blank,
                            "none", "(no answer)", false, s.noAnswer(), share(s.noAnswer(), q.attempts()))));
                }
                for (ClassReport.TypedAnswer t : q.commonWrong()) {
                    sb.append(Csv.row(Arrays.asList(r.bank().id(), version(r), q.number(), q.question(), null,
                            "typed", t.answer(), false, t.count(), share(t.count(), q.attempts()))));
                }
            }
        }
        return sb.toString();
    }

    private static String version(ClassReport r) {
        return BankHash.shortForm(r.bank().contentHash());
    }

    private static Csv.Num number(double v) {
        return new Csv.Num(ReportNumbers.points(v));
    }

    private static Csv.Num fixed(double v, int places) {
        return new Csv.Num(ReportNumbers.fixed(v, places));
    }

    private static Csv.Num share(int count, int of) {
        return fixed(of == 0 ? 0 : 100.0 * count / of, 1);
    }
}
