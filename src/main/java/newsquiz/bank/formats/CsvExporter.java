package newsquiz.bank.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import newsquiz.bank.Bank;
import newsquiz.bank.Cloze;
import newsquiz.bank.Matching;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.MultipleSelect;
import newsquiz.bank.NumericQuestion;
import newsquiz.bank.Ordering;
import newsquiz.bank.Question;
import newsquiz.bank.ShortAnswer;
import newsquiz.bank.TrueFalse;

/**
 * Writes a bank as one spreadsheet row per question (RFC 4180 CSV, UTF-8). Lists inside a cell
 * (choices, accepted answers, pairs) are one item per line, which spreadsheets show in the cell.
 */
public final class CsvExporter implements Question.Cases<CsvExporter.Cells> {

    static final List<String> HEADER = List.of("id", "type", "prompt", "text", "choices", "answer",
            "explanation", "topics", "difficulty", "points", "hint");

    /** The type-specific cells. */
    record Cells(String text, String choices, String answer) {
    }

    private CsvExporter() {
    }

    public static ExportResult write(Bank bank) {
        StringBuilder out = new StringBuilder(Csv.row(HEADER));
        CsvExporter exporter = new CsvExporter();
        for (Question q : bank.questions()) {
            Cells c = q.accept(exporter);
            out.append(Csv.row(List.of(q.id(), q.type().jsonName(), q.prompt(), c.text(), c.choices(), c.answer(),
                    q.explanation(), String.join("\n", q.topics()), Integer.toString(q.difficulty()),
                    Numbers.plain(q.points()), q.hint() == null ? "" : q.hint())));
        }
        return new ExportResult(out.toString(), List.of());
    }

    private static String lines(List<String> items) {
        return String.join("\n", items);
    }

    @Override
    public Cells multipleChoice(MultipleChoice q) {
        return new Cells("", lines(q.choices()), q.choices().get(q.answer()));
    }

    @Override
    public Cells multipleSelect(MultipleSelect q) {
        List<String> right = new ArrayList<>();
        new TreeSet<>(q.answers()).forEach(i -> right.add(q.choices().get(i)));
        return new Cells("", lines(q.choices()), lines(right));
    }

    @Override
    public Cells trueFalse(TrueFalse q) {
        return new Cells("", "", q.answer() ? "true" : "false");
    }

    @Override
    public Cells shortAnswer(ShortAnswer q) {
        return new Cells("", "", lines(q.accept()));
    }

    @Override
    public Cells numeric(NumericQuestion q) {
        String unit = q.unit() == null ? "" : " " + q.unit();
        String answer = Numbers.plain(q.value());
        if (q.min() != q.max()) {
            answer += " (" + Numbers.plain(q.min()) + ".." + Numbers.plain(q.max()) + ")";
        }
        return new Cells("", "", answer + unit);
    }

    @Override
    public Cells cloze(Cloze q) {
        List<String> choices = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < q.blanks().size(); i++) {
            Cloze.Blank b = q.blanks().get(i);
            String n = "{{" + (i + 1) + "}}: ";
            if (b.hasChoices()) {
                choices.add(n + String.join(" / ", b.choices()));
            }
            answers.add(n + String.join(" / ", b.accept()));
        }
        return new Cells(q.text(), lines(choices), lines(answers));
    }

    @Override
    public Cells matching(Matching q) {
        List<String> pairs = new ArrayList<>();
        for (Matching.Pair p : q.pairs()) {
            pairs.add(p.left() + " -> " + p.right());
        }
        List<String> rights = new ArrayList<>();
        q.pairs().forEach(p -> rights.add(p.right()));
        rights.addAll(q.distractors());
        return new Cells("", lines(rights), lines(pairs));
    }

    @Override
    public Cells ordering(Ordering q) {
        return new Cells("", "", lines(q.items()));
    }
}
