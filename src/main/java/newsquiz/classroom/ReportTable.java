package newsquiz.classroom;

/** Which part of a class report to write; {@code ALL} by default. */
public enum ReportTable {
    ALL, STUDENTS, QUESTIONS, OPTIONS;

    boolean shows(ReportTable t) {
        return this == ALL || this == t;
    }
}
