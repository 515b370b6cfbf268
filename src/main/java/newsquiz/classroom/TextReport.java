package newsquiz.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsquiz.text.DisplayWidth;
import newsquiz.text.Glyphs;
import newsquiz.text.SafeText;

/**
 * The class report as text for a terminal or a printout: aligned tables with bar charts drawn in
 * block characters (or {@code #} and {@code .} when the terminal is not UTF-8), so it reads the
 * same without colour. Names and prompts are made safe to print: a result file is data from
 * students' machines and must not be able to drive the teacher's terminal.
 */
public final class TextReport {

    private static final int BAR = 20;
    private static final int NAME_MAX = 24;
    private static final int PROMPT_MAX = 70;

    private final boolean utf8;
    private final Glyphs glyphs;
    private final StringBuilder out = new StringBuilder();

    private TextReport(boolean utf8) {
        this.utf8 = utf8;
        this.glyphs = Glyphs.forTerminal(utf8);
    }

    public static String render(ClassReports.ReportSet set, ReportTable table, boolean utf8) {
        TextReport t = new TextReport(utf8);
        t.line("newsquiz class report");
        set.notes().forEach(n -> t.line("Note: " + t.show(n)));
        for (ClassReport r : set.groups()) {
            t.group(r, table);
        }
        t.legend(table);
        return t.out.toString();
    }

    private void group(ClassReport r, ReportTable table) {
        line("");
        String title = show(r.bank().title() == null ? r.bank().id() : r.bank().title());
        line("== " + title + " ==");
        line(String.format(Locale.ROOT, "%s, seed%s %s; %d student%s (%d finished), %d question%s",
                show(ClassReports.label(r.bank())), r.seeds().size() == 1 ? "" : "s",
                String.join(", ", r.seeds().stream().map(String::valueOf).toList()),
                r.students().size(), r.students().size() == 1 ? "" : "s", r.finishedAttempts(),
                r.questions().size(), r.questions().size() == 1 ? "" : "s"));
        r.notes().forEach(n -> line("Note: " + show(n)));
        if (table.shows(ReportTable.STUDENTS)) {
            students(r);
        }
        if (table.shows(ReportTable.QUESTIONS)) {
            questions(r);
        }
        if (table.shows(ReportTable.OPTIONS)) {
            options(r);
        }
        if (table.shows(ReportTable.QUESTIONS)) {
            flags(r);
        }
    }

    private void students(ClassReport r) {
        line("");
        line("Students, ranked by score");
        int nameWidth = Math.max(7, r.students().stream().mapToInt(s -> width(clip(show(s.student()), NAME_MAX))).max().orElse(0));
        List<String> scores = r.students().stream()
                .map(s -> ReportNumbers.points(s.score()) + " / " + ReportNumbers.points(s.maximum())).toList();
        int scoreWidth = Math.max(5, scores.stream().mapToInt(String::length).max().orElse(0));
        line(String.format("%4s  %s  %s  %4s  %s  %7s", "Rank", pad("Student", nameWidth), pad("Score", scoreWidth), "%",
                pad("", BAR), "Time"));
        for (int i = 0; i < r.students().size(); i++) {
            ClassReport.StudentRow s = r.students().get(i);
            String status = s.finished() ? "" : "  unfinished (" + s.answered() + " of " + s.questions() + " answered)";
            line(String.format(Locale.ROOT, "%4d  %s  %s  %3.0f%%  %s  %7s%s", s.rank(), pad(clip(show(s.student()), NAME_MAX), nameWidth),
                    pad(scores.get(i), scoreWidth), s.percent(), bar(s.percent() / 100, BAR), ReportNumbers.clock(s.time()), status));
        }
        ClassReport.Summary sum = r.summary();
        if (sum != null) {
            line(String.format(Locale.ROOT, "Average %.0f%%, median %.0f%%, standard deviation %.0f%%%s",
                    sum.mean(), sum.median(), sum.standardDeviation(),
                    r.finishedAttempts() < r.students().size() ? " (finished attempts only)" : ""));
        }
    }

    private void questions(ClassReport r) {
        if (r.questions().isEmpty()) {
            return;
        }
        line("");
        line("Questions (facility: share right; discrimination: -1..1, see the end)");
        int idWidth = Math.max(8, r.questions().stream().mapToInt(q -> width(clip(show(q.question()), NAME_MAX))).max().orElse(0));
        int rightWidth = Math.max(5, r.questions().stream().mapToInt(q -> (q.correct() + "/" + q.attempts()).length()).max().orElse(0));
        line(String.format("%3s  %s  %-15s  %s  %-15s  %6s  %8s  %s", "#", pad("Question", idWidth), "Type",
                pad("Right", rightWidth), "Facility", "Discr.", "Avg time", "Flags"));
        for (ClassReport.QuestionStats q : r.questions()) {
            line(String.format(Locale.ROOT, "%3d  %s  %-15s  %s  %3.0f%% %s  %6s  %8s  %s", q.number(),
                    pad(clip(show(q.question()), NAME_MAX), idWidth), typeName(q), pad(q.correct() + "/" + q.attempts(), rightWidth),
                    100 * q.facility(), bar(q.facility(), 10), q.discrimination() == null ? "n/a" : ReportNumbers.fixed(q.discrimination(), 2),
                    q.averageSeconds() == null ? "-" : ReportNumbers.clock(q.averageSeconds()),
                    String.join(", ", q.flags().stream().map(ClassReport.Flag::label).toList())).stripTrailing());
        }
    }

    private void options(ClassReport r) {
        List<ClassReport.QuestionStats> withOptions = r.questions().stream()
                .filter(q -> !q.options().isEmpty() || !q.commonWrong().isEmpty()).toList();
        if (withOptions.isEmpty()) {
            return;
        }
        line("");
        line("Answers chosen (letters in bank order; each student may have seen them shuffled; * = right)");
        for (ClassReport.QuestionStats q : withOptions) {
            line(String.format("%3d  %s  %s", q.number(), show(q.question()), clip(show(q.prompt()), PROMPT_MAX)));
            for (ClassReport.OptionSetStats s : q.options()) {
                if (s.blank() >= 0) {
                    line("       blank " + (s.blank() + 1));
                }
                int textWidth = Math.max(9, s.options().stream().mapToInt(o -> width(clip(show(o.text()), 40))).max().orElse(0));
                for (ClassReport.OptionStats o : s.options()) {
                    optionLine(o.right() ? "*" : " ", ReportNumbers.letter(o.index()), clip(show(o.text()), 40), textWidth,
                            o.count(), q.attempts(), o.count() == 0 ? "  nobody chose" : "");
                }
                if (s.noAnswer() > 0) {
                    optionLine(" ", "-", "no answer", textWidth, s.noAnswer(), q.attempts(), "");
                }
            }
            if (!q.commonWrong().isEmpty()) {
                line("       right answer: " + clip(show(q.rightAnswer()), PROMPT_MAX));
                line("       most common wrong answers: " + String.join(", ", q.commonWrong().stream()
                        .map(t -> "\"" + clip(show(t.answer()), 30) + "\" (" + t.count() + ")").toList()));
            }
        }
    }

    private void optionLine(String mark, String letter, String text, int textWidth, int count, int of, String suffix) {
        double share = of == 0 ? 0 : (double) count / of;
        line(String.format(Locale.ROOT, "     %s %-2s %s  %3d  %3.0f%%  %s%s", mark, letter, pad(text, textWidth), count,
                100 * share, bar(share, BAR), suffix));
    }

    private void flags(ClassReport r) {
        List<String> lines = new ArrayList<>();
        for (ClassReport.QuestionStats q : r.questions()) {
            String who = String.format("%3d  %s: ", q.number(), show(q.question()));
            for (ClassReport.Flag f : q.flags()) {
                lines.add(who + switch (f) {
                    case NOBODY_RIGHT -> "nobody got it right. Check the key and the wording, and whether it was taught.";
                    case EVERYBODY_RIGHT -> "everybody got it right. Fine as a warm-up, but it does not tell students apart.";
                    case NEGATIVE_DISCRIMINATION -> "negative discrimination (" + ReportNumbers.fixed(q.discrimination(), 2)
                            + "): students who did well overall got it wrong more often. Check the key and the wording.";
                    case UNCHOSEN_OPTIONS -> unchosen(q);
                });
            }
        }
        if (!lines.isEmpty()) {
            line("");
            line("Worth a second look");
            lines.forEach(this::line);
        }
    }

    private String unchosen(ClassReport.QuestionStats q) {
        List<String> names = new ArrayList<>();
        for (ClassReport.OptionSetStats s : q.options()) {
            for (ClassReport.OptionStats o : s.options()) {
                if (o.count() == 0 && s.noAnswer() < q.attempts()) {
                    names.add((s.blank() >= 0 ? "blank " + (s.blank() + 1) + " " : "") + ReportNumbers.letter(o.index())
                            + " \"" + clip(show(o.text()), 30) + "\"");
                }
            }
        }
        return "nobody chose " + String.join(", ", names) + ". A choice nobody picks does not distract; replace it.";
    }

    private void legend(ReportTable table) {
        if (!table.shows(ReportTable.QUESTIONS)) {
            return;
        }
        line("");
        line("Facility: the share of the question the class got right (partial credit counts its share).");
        line("Discrimination: correlation between a question's points and the rest of the score, -1..1.");
        line("  0.3 or more is good, 0.2-0.3 fair, under 0.2 weak; negative: check the key. n/a: too few");
        line("  attempts (under 3) or everyone scored the same. Avg time: of those who answered or skipped it.");
    }

    private String typeName(ClassReport.QuestionStats q) {
        return q.type().jsonName().replace("true_false", "true/false").replace('_', ' ');
    }

    private String bar(double share, int cells) {
        int filled = (int) Math.round(Math.max(0, Math.min(1, share)) * cells);
        return glyphs.full().repeat(filled) + glyphs.empty().repeat(cells - filled);
    }

    private String show(String text) {
        String safe = SafeText.forTerminal(text == null ? "" : text);
        return utf8 ? safe : SafeText.asciiFallback(safe);
    }

    private static int width(String s) {
        return DisplayWidth.columns(s);
    }

    private String clip(String s, int max) {
        if (width(s) <= max) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int used = 0;
        int room = max - width(glyphs.ellipsis());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int w = DisplayWidth.columns(cp);
            if (used + w > room) {
                break;
            }
            sb.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return sb + glyphs.ellipsis();
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(Math.max(0, w - width(s)));
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
