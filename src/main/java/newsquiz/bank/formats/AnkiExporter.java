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
 * Writes a bank as an Anki text import file: one Basic note per question, front (prompt and
 * options), back (answer and explanation) and tags (topics). The header lines tell Anki the
 * separator, that fields are plain text and which column holds the tags, so File > Import needs no
 * settings. Fields with a tab, line break or quote are quoted CSV-style, which Anki reads back.
 */
public final class AnkiExporter implements Question.Cases<AnkiExporter.Note> {

    /** One card's fields. */
    record Note(String front, String back) {
    }

    private AnkiExporter() {
    }

    public static ExportResult write(Bank bank) {
        StringBuilder out = new StringBuilder();
        out.append("#separator:tab\n");
        out.append("#html:false\n");
        out.append("#notetype:Basic\n");
        out.append("#deck:").append(bank.title().replaceAll("\\s+", " ").strip()).append('\n');
        out.append("#tags column:3\n");
        AnkiExporter exporter = new AnkiExporter();
        for (Question q : bank.questions()) {
            Note note = q.accept(exporter);
            String back = q.explanation().isBlank() ? note.back() : note.back() + "\n\n" + q.explanation();
            out.append(field(note.front())).append('\t').append(field(back)).append('\t')
                    .append(field(tags(q.topics()))).append('\n');
        }
        return new ExportResult(out.toString(), List.of());
    }

    /** Anki tags are separated by spaces, so spaces inside a topic become underscores. */
    static String tags(List<String> topics) {
        List<String> tags = new ArrayList<>();
        for (String t : topics) {
            String tag = t.strip().replaceAll("\\s+", "_");
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return String.join(" ", tags);
    }

    /**
     * A field as Anki's importer reads it: quoted when it holds a tab, line break or quote (quotes
     * doubled), or when it starts with '#', which Anki would take for a header line.
     */
    static String field(String value) {
        String v = value.replace("\r\n", "\n").replace('\r', '\n');
        if (v.indexOf('\t') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('"') >= 0 || v.startsWith("#")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String lettered(String prompt, List<String> choices, String instruction) {
        StringBuilder b = new StringBuilder(prompt);
        if (!instruction.isEmpty()) {
            b.append(" (").append(instruction).append(')');
        }
        for (int i = 0; i < choices.size(); i++) {
            b.append('\n').append(letter(i)).append(". ").append(choices.get(i));
        }
        return b.toString();
    }

    static String letter(int i) {
        return i < 26 ? String.valueOf((char) ('A' + i)) : String.valueOf(i + 1);
    }

    @Override
    public Note multipleChoice(MultipleChoice q) {
        return new Note(lettered(q.prompt(), q.choices(), ""),
                letter(q.answer()) + ". " + q.choices().get(q.answer()));
    }

    @Override
    public Note multipleSelect(MultipleSelect q) {
        List<String> right = new ArrayList<>();
        for (int i : new TreeSet<>(q.answers())) {
            right.add(letter(i) + ". " + q.choices().get(i));
        }
        return new Note(lettered(q.prompt(), q.choices(), "choose all that apply"), String.join("\n", right));
    }

    @Override
    public Note trueFalse(TrueFalse q) {
        return new Note(q.prompt() + " (true or false?)", q.answer() ? "True" : "False");
    }

    @Override
    public Note shortAnswer(ShortAnswer q) {
        String also = q.accept().size() > 1 ? " (also accepted: " + String.join(", ", q.accept().subList(1, q.accept().size())) + ")" : "";
        return new Note(q.prompt(), q.accept().get(0) + also);
    }

    @Override
    public Note numeric(NumericQuestion q) {
        String unit = q.unit() == null ? "" : " " + q.unit();
        String answer = Numbers.plain(q.value()) + unit;
        if (q.min() != q.max()) {
            answer += " (accepted: " + Numbers.plain(q.min()) + " to " + Numbers.plain(q.max()) + unit + ")";
        }
        return new Note(q.prompt(), answer);
    }

    @Override
    public Note cloze(Cloze q) {
        String front = q.text();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < q.blanks().size(); i++) {
            Cloze.Blank b = q.blanks().get(i);
            String hole = b.hasChoices() ? "[" + String.join(" / ", b.choices()) + "]" : "_____";
            front = front.replace("{{" + (i + 1) + "}}", hole);
            answers.add((q.blanks().size() > 1 ? (i + 1) + ". " : "") + b.accept().get(0));
        }
        return new Note(front, String.join("\n", answers));
    }

    @Override
    public Note matching(Matching q) {
        StringBuilder front = new StringBuilder(q.prompt());
        for (Matching.Pair p : q.pairs()) {
            front.append('\n').append("- ").append(p.left());
        }
        // the right-hand items in alphabetical order, so their order gives nothing away
        List<String> rights = new ArrayList<>();
        q.pairs().forEach(p -> rights.add(p.right()));
        rights.addAll(q.distractors());
        rights.sort(String.CASE_INSENSITIVE_ORDER);
        front.append("\nMatch with: ").append(String.join("; ", rights));
        List<String> back = new ArrayList<>();
        for (Matching.Pair p : q.pairs()) {
            back.add(p.left() + " \u2192 " + p.right());
        }
        return new Note(front.toString(), String.join("\n", back));
    }

    @Override
    public Note ordering(Ordering q) {
        List<String> shuffled = new ArrayList<>(q.items());
        shuffled.sort(String.CASE_INSENSITIVE_ORDER);
        StringBuilder front = new StringBuilder(q.prompt()).append(" (put in order)");
        for (String item : shuffled) {
            front.append('\n').append("- ").append(item);
        }
        List<String> back = new ArrayList<>();
        for (int i = 0; i < q.items().size(); i++) {
            back.add((i + 1) + ". " + q.items().get(i));
        }
        return new Note(front.toString(), String.join("\n", back));
    }
}
