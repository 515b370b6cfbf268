package newsquiz.bank.formats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import newsquiz.bank.AnswerDetail;
import newsquiz.bank.Bank;
import newsquiz.bank.Cloze;
import newsquiz.bank.Matching;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.MultipleSelect;
import newsquiz.bank.NumericQuestion;
import newsquiz.bank.Ordering;
import newsquiz.bank.Question;
import newsquiz.bank.QuestionInfo;
import newsquiz.bank.ShortAnswer;
import newsquiz.bank.TrueFalse;

/**
 * Writes a bank as Moodle GIFT. Every type GIFT can express is written with its answers, weights
 * and feedback ({@link QuestionInfo#answerDetails()}), so {@link GiftImporter} reads back the same
 * questions. Ordering questions and cloze questions with more than one blank have no GIFT form:
 * they are left out with a warning, as are the parts GIFT has no place for (units, hints).
 *
 * <p>The question's answers are the authority: a detail only adds credit or feedback to an answer
 * the question has, or (for typed and numeric answers) an extra partly-right answer.
 */
public final class GiftExporter implements Question.Cases<String> {

    private final List<String> warnings;
    /** What GIFT cannot hold, by kind, with the ids of the questions it was left out of. */
    private final Map<String, List<String>> lost = new LinkedHashMap<>();

    private GiftExporter(List<String> warnings) {
        this.warnings = warnings;
    }

    public static ExportResult write(Bank bank) {
        List<String> warnings = new ArrayList<>();
        GiftExporter exporter = new GiftExporter(warnings);
        StringBuilder body = new StringBuilder();
        Map<String, List<String>> lost = exporter.lost;
        String category = null;
        int written = 0;
        for (Question q : bank.questions()) {
            String text = q.accept(exporter);
            if (text == null) {
                continue;
            }
            written++;
            String topic = q.topics().isEmpty() ? null : q.topics().get(0);
            if (!Objects.equals(topic, category)) {
                // "$course$/top" is Moodle's name for the course's own category: no topic.
                body.append("\n$CATEGORY: ").append(topic == null ? "$course$/top" : oneLine(topic)).append('\n');
                category = topic;
            }
            if (q.topics().size() > 1) {
                lost.computeIfAbsent("GIFT has one category per question; these keep only their first topic",
                        k -> new ArrayList<>()).add(q.id());
            }
            if (q.hint() != null) {
                lost.computeIfAbsent("GIFT has no hints; left out the hints of", k -> new ArrayList<>()).add(q.id());
            }
            body.append('\n').append("::").append(q.id()).append("::").append(text).append('\n');
        }
        lost.forEach((what, ids) -> warnings.add(what + ": " + String.join(", ", ids)));
        String header = "// " + oneLine(bank.title()) + "\n// GIFT export of newsquiz bank " + bank.id() + ", "
                + written + " of " + bank.questions().size() + " questions\n";
        return new ExportResult(header + body, warnings);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    // ---- question text around the answer block ----

    /** Prompt, then the answer block, with {@code ####explanation} as the block's last line. */
    private static String question(QuestionInfo info, List<String> answerLines, boolean placeAtBlank) {
        return around(info.prompt(), block(info, answerLines), placeAtBlank);
    }

    private static String block(QuestionInfo info, List<String> answerLines) {
        StringBuilder b = new StringBuilder("{");
        boolean multiLine = answerLines.size() > 1 || !info.explanation().isEmpty();
        for (String line : answerLines) {
            b.append(multiLine ? "\n\t" : "").append(line);
        }
        if (!info.explanation().isEmpty()) {
            b.append("\n\t####").append(GiftText.escape(info.explanation()));
        }
        return b.append(multiLine ? "\n}" : "}").toString();
    }

    /** The importer turns an answer block inside a sentence into "_____"; put it back there. */
    private static String around(String prompt, String block, boolean placeAtBlank) {
        int at = prompt.indexOf(GiftImporter.BLANK);
        if (placeAtBlank && at >= 0 && at == prompt.lastIndexOf(GiftImporter.BLANK)) {
            String before = prompt.substring(0, at).stripTrailing();
            String after = prompt.substring(at + GiftImporter.BLANK.length());
            return text(before) + (before.isEmpty() ? "" : " ") + block + escapeAfter(after);
        }
        return text(prompt) + " " + block;
    }

    private static String escapeAfter(String after) {
        return after.isEmpty() ? "" : GiftText.escape(after).replaceFirst("^\\[plain]", "");
    }

    /** Question text; HTML-looking text is marked plain so Moodle shows it as written. */
    private static String text(String s) {
        String escaped = GiftText.escape(s);
        if ((s.indexOf('<') >= 0 || s.indexOf('&') >= 0) && !escaped.startsWith("[plain]")) {
            return "[plain]" + escaped;
        }
        return escaped;
    }

    private static String feedback(AnswerDetail d) {
        return d == null || d.feedback().isEmpty() ? "" : "#" + GiftText.escape(d.feedback());
    }

    /** The first unused detail for {@code answer}; details are matched once each, in order. */
    private static AnswerDetail detail(QuestionInfo info, String answer, Set<Integer> used) {
        List<AnswerDetail> details = info.answerDetails();
        for (int i = 0; i < details.size(); i++) {
            if (!used.contains(i) && details.get(i).answer().equals(answer)) {
                used.add(i);
                return details.get(i);
            }
        }
        return null;
    }

    private static String weight(double credit) {
        return "%" + Numbers.percent(credit) + "%";
    }

    /** Answer text that starts like a weight ("%50% off") gets an explicit weight in front. */
    private static String answerText(String s) {
        return GiftText.escape(s);
    }

    // ---- the types ----

    @Override
    public String multipleChoice(MultipleChoice q) {
        return question(q.info(), choiceLines(q.info(), q.choices(), Set.of(q.answer()), false), false);
    }

    @Override
    public String multipleSelect(MultipleSelect q) {
        return question(q.info(), choiceLines(q.info(), q.choices(), q.answers(), true), true);
    }

    private static List<String> choiceLines(QuestionInfo info, List<String> choices, Set<Integer> right,
            boolean several) {
        Set<Integer> used = new HashSet<>();
        List<String> lines = new ArrayList<>();
        double[] defaults = several ? GiftCredits.several(choices.size(), right)
                : GiftCredits.single(choices.size(), right.iterator().next());
        for (int i = 0; i < choices.size(); i++) {
            AnswerDetail d = detail(info, choices.get(i), used);
            boolean isRight = right.contains(i);
            double credit;
            if (isRight) {
                credit = d != null && d.credit() > 0 ? d.credit() : defaults[i];
            } else {
                // one-answer questions may give a wrong choice partial credit; several-answer ones may not
                boolean keep = d != null && (several ? d.credit() <= 0 : d.credit() < 100);
                credit = keep ? d.credit() : defaults[i];
            }
            String marker;
            if (!several && isRight && credit == 100) {
                marker = "=";
            } else if (credit == 0) {
                marker = "~";
            } else {
                marker = "~" + weight(credit);
            }
            lines.add(marker + safeAnswer(choices.get(i), marker.length() > 1) + feedback(d));
        }
        return lines;
    }

    /** Without a weight in front, an answer starting "%50%" would be read as one. */
    private static String safeAnswer(String answer, boolean weighted) {
        String escaped = answerText(answer);
        if (!weighted && escaped.matches("%-?[0-9]+(\\.[0-9]+)?%.*")) {
            return "%0%" + escaped;
        }
        return escaped;
    }

    @Override
    public String trueFalse(TrueFalse q) {
        Set<Integer> used = new HashSet<>();
        AnswerDetail t = detail(q.info(), "true", used);
        AnswerDetail f = detail(q.info(), "false", used);
        String right = feedbackText(q.answer() ? t : f);
        String wrong = feedbackText(q.answer() ? f : t);
        String line = (q.answer() ? "TRUE" : "FALSE")
                + (wrong.isEmpty() && right.isEmpty() ? "" : "#" + wrong)
                + (right.isEmpty() ? "" : "#" + right);
        return question(q.info(), List.of(line), true);
    }

    private static String feedbackText(AnswerDetail d) {
        return d == null ? "" : GiftText.escape(d.feedback());
    }

    @Override
    public String shortAnswer(ShortAnswer q) {
        if (q.caseSensitive()) {
            warnings.add(q.id() + ": GIFT short answers ignore case; the question is no longer case-sensitive");
        }
        return question(q.info(), typedLines(q.info(), q.accept()), false);
    }

    /** Accepted answers and partly-right ones, in the order the details give (the file's order). */
    private static List<String> typedLines(QuestionInfo info, List<String> accept) {
        List<String> lines = new ArrayList<>();
        Set<String> written = new HashSet<>();
        for (AnswerDetail d : info.answerDetails()) {
            if (accept.contains(d.answer())) {
                if (written.add(d.answer())) {
                    lines.add(typedLine(d.answer(), d.credit() > 0 ? d.credit() : 100, d));
                }
            } else if (d.credit() < 100 && !d.answer().isBlank()) {
                lines.add("=" + weight(d.credit()) + answerText(d.answer()) + feedback(d));
            }
        }
        for (String a : accept) {
            if (written.add(a)) {
                lines.add(typedLine(a, 100, null));
            }
        }
        return lines;
    }

    private static String typedLine(String answer, double credit, AnswerDetail d) {
        String w = credit == 100 ? "" : weight(credit);
        return "=" + w + safeAnswer(answer, !w.isEmpty()) + feedback(d);
    }

    @Override
    public String numeric(NumericQuestion q) {
        if (q.unit() != null) {
            lost.computeIfAbsent("GIFT numeric answers have no unit; left out the units of",
                    k -> new ArrayList<>()).add(q.id());
        }
        List<AnswerDetail> details = q.info().answerDetails();
        AnswerDetail primary = null;
        for (AnswerDetail d : details) {
            NumericSpec spec = NumericSpec.parse(d.answer());
            if (d.credit() > 0 && spec != null && Numbers.close(spec.min(), q.min()) && Numbers.close(spec.max(), q.max())) {
                primary = d;
                break;
            }
        }
        if (details.isEmpty()) {
            // "{#" must stay together: the importer tells a numeric question by its first character.
            String block = block(q.info(), List.of(modelSpec(q))).replaceFirst("^\\{(\\n\\t)?", "{#");
            return around(q.prompt(), block, true);
        }
        List<String> lines = new ArrayList<>();
        if (primary == null) {
            lines.add("=" + modelSpec(q));
        }
        String wrong = null;
        for (AnswerDetail d : details) {
            if (d.answer().strip().equals("*")) {
                wrong = feedback(d);
                continue;
            }
            NumericSpec spec = NumericSpec.parse(d.answer());
            if (spec == null) {
                warnings.add(q.id() + ": left out the numeric answer \"" + d.answer() + "\": not a number, "
                        + "value:tolerance or min..max");
                continue;
            }
            lines.add("=" + (d.credit() == 100 ? "" : weight(d.credit())) + spec.text() + feedback(d));
        }
        if (wrong != null) {
            lines.add("~" + (wrong.isEmpty() ? "#" : wrong));
        }
        // "{#" must stay together: the importer tells a numeric question by its first character.
        String block = block(q.info(), lines).replaceFirst("^\\{", "{#");
        return around(q.prompt(), block, true);
    }

    /**
     * value, value:tolerance or min..max: of the forms that read back as exactly the same numbers,
     * the shortest (so "{#3.141..3.142}" stays a range and "{#3:2}" a tolerance).
     */
    static String modelSpec(NumericQuestion q) {
        if (q.min() == q.max()) {
            return Numbers.plain(q.value());
        }
        List<String> candidates = new ArrayList<>();
        double half = (q.max() - q.min()) / 2;
        if (Numbers.close(q.value(), q.min() + half)) {
            candidates.add(Numbers.plain(q.value()) + ":" + Numbers.plain(half));
            candidates.add(Numbers.plain(q.value()) + ":" + Numbers.plain(q.value() - q.min()));
        }
        candidates.add(Numbers.plain(q.min()) + ".." + Numbers.plain(q.max()));
        String best = null;
        boolean bestExact = false;
        for (String c : candidates) {
            NumericSpec spec = NumericSpec.parse(c);
            boolean exact = spec != null && spec.min() == q.min() && spec.max() == q.max() && spec.value() == q.value();
            if (best == null || (exact && !bestExact) || (exact == bestExact && c.length() < best.length())) {
                best = c;
                bestExact = exact;
            }
        }
        return best;
    }

    @Override
    public String cloze(Cloze q) {
        if (q.blanks().size() != 1 || !q.text().contains("{{1}}")) {
            warnings.add(q.id() + ": left out: a cloze with " + q.blanks().size()
                    + " blanks has no GIFT form (GIFT has one blank per question)");
            return null;
        }
        String prompt = q.prompt().strip();
        if (!prompt.equals(q.text().strip()) && !prompt.equals(GiftImporter.CHOOSE_PROMPT)
                && !prompt.equals(GiftImporter.TYPE_PROMPT)) {
            lost.computeIfAbsent("GIFT missing-word questions are their sentence; left out the separate prompts of",
                    k -> new ArrayList<>()).add(q.id());
        }
        Cloze.Blank b = q.blanks().get(0);
        List<String> lines;
        if (b.hasChoices()) {
            lines = choiceLines(q.info(), b.choices(), Set.of(b.choices().indexOf(b.accept().get(0))), false);
        } else {
            if (b.caseSensitive()) {
                warnings.add(q.id() + ": GIFT blanks ignore case; the blank is no longer case-sensitive");
            }
            lines = typedLines(q.info(), b.accept());
        }
        int at = q.text().indexOf("{{1}}");
        String before = q.text().substring(0, at).stripTrailing();
        String after = q.text().substring(at + 5);
        return text(before) + (before.isEmpty() ? "" : " ") + block(q.info(), lines) + escapeAfter(after);
    }

    @Override
    public String matching(Matching q) {
        List<String> lines = new ArrayList<>();
        for (Matching.Pair p : q.pairs()) {
            lines.add("=" + GiftText.escape(p.left()) + " -> " + GiftText.escape(p.right()));
        }
        for (String d : q.distractors()) {
            lines.add("= -> " + GiftText.escape(d));
        }
        return question(q.info(), lines, true);
    }

    @Override
    public String ordering(Ordering q) {
        warnings.add(q.id() + ": left out: GIFT has no ordering questions");
        return null;
    }
}
