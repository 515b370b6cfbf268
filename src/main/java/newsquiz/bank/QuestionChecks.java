package newsquiz.bank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a question must follow beyond its JSON shape: answers that point at real choices,
 * sane numbers, blanks that match the text. Shared by the file reader (which adds file positions)
 * and {@link BankValidator} (for banks built in memory by the generator and importers).
 */
final class QuestionChecks implements Question.Cases<List<String>> {


    /** Problems with {@code q}, each a phrase without position (empty when it is fine). */
    static List<String> check(Question q) {
        List<String> problems = new ArrayList<>(common(q.info()));
        problems.addAll(q.accept(new QuestionChecks()));
        return problems;
    }

    private static List<String> common(QuestionInfo info) {
        List<String> p = new ArrayList<>();
        if (!Ids.valid(info.id())) {
            p.add("id \"" + info.id() + "\" must be lower-case letters, digits, '.', '_' or '-'");
        }
        if (info.prompt().isBlank()) {
            p.add("prompt is empty");
        }
        if (info.difficulty() < 1 || info.difficulty() > 3) {
            p.add("difficulty " + info.difficulty() + " is outside 1-3");
        }
        if (!(info.points() > 0) || Double.isInfinite(info.points())) {
            p.add("points must be a number above 0, not " + info.points());
        }
        for (AnswerDetail d : info.answerDetails()) {
            if (!(d.credit() >= -100 && d.credit() <= 100)) {
                p.add("answerDetails: credit " + fmt(d.credit()) + " for \"" + d.answer() + "\" is outside -100..100");
            }
        }
        return p;
    }

    @Override
    public List<String> multipleChoice(MultipleChoice q) {
        List<String> p = choiceList(q.choices(), 2);
        if (q.answer() < 0 || q.answer() >= q.choices().size()) {
            p.add("answer " + q.answer() + " is not among the " + q.choices().size() + " choices (0-" + (q.choices().size() - 1) + ")");
        }
        return p;
    }

    @Override
    public List<String> multipleSelect(MultipleSelect q) {
        List<String> p = choiceList(q.choices(), 2);
        if (q.answers().isEmpty()) {
            p.add("answers is empty: at least one choice must be right");
        }
        for (int a : q.answers()) {
            if (a < 0 || a >= q.choices().size()) {
                p.add("answer " + a + " is not among the " + q.choices().size() + " choices (0-" + (q.choices().size() - 1) + ")");
            }
        }
        return p;
    }

    @Override
    public List<String> trueFalse(TrueFalse q) {
        return List.of();
    }

    @Override
    public List<String> shortAnswer(ShortAnswer q) {
        return acceptList(q.accept(), "accept");
    }

    @Override
    public List<String> numeric(NumericQuestion q) {
        List<String> p = new ArrayList<>();
        if (!Double.isFinite(q.min()) || !Double.isFinite(q.max()) || !Double.isFinite(q.value())) {
            p.add("numbers must be finite");
        } else if (q.min() > q.max()) {
            p.add("range min " + fmt(q.min()) + " is above max " + fmt(q.max()) + " (or tolerance is below 0)");
        } else if (q.value() < q.min() || q.value() > q.max()) {
            p.add("value " + fmt(q.value()) + " lies outside its range " + fmt(q.min()) + ".." + fmt(q.max()));
        }
        return p;
    }

    @Override
    public List<String> cloze(Cloze q) {
        List<String> p = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (String marker : BlankMarkers.in(q.text())) {
            int n;
            try {
                n = Integer.parseInt(marker);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > q.blanks().size()) {
                p.add("text has blank {{" + marker + "}} but there are " + q.blanks().size() + " blanks");
            } else if (!seen.add(n)) {
                p.add("blank {{" + n + "}} appears twice in text");
            }
        }
        if (q.blanks().isEmpty()) {
            p.add("blanks is empty");
        }
        for (int i = 1; i <= q.blanks().size(); i++) {
            if (!seen.contains(i) && p.isEmpty()) {
                p.add("blank {{" + i + "}} is never used in text");
            }
            Cloze.Blank b = q.blanks().get(i - 1);
            if (b.hasChoices()) {
                p.addAll(prefixed("blank " + i + ": ", choiceList(b.choices(), 2)));
                if (b.accept().size() != 1 || !b.choices().contains(b.accept().get(0))) {
                    p.add("blank " + i + ": its answer is not among its choices");
                }
            } else {
                p.addAll(prefixed("blank " + i + ": ", acceptList(b.accept(), "accept")));
            }
        }
        return p;
    }

    @Override
    public List<String> matching(Matching q) {
        List<String> p = new ArrayList<>();
        if (q.pairs().size() < 2) {
            p.add("matching needs at least 2 pairs, has " + q.pairs().size());
        }
        List<String> lefts = new ArrayList<>();
        List<String> rights = new ArrayList<>(q.distractors());
        for (Matching.Pair pair : q.pairs()) {
            lefts.add(pair.left());
            rights.add(pair.right());
        }
        p.addAll(prefixed("left items: ", distinctNonBlank(lefts)));
        p.addAll(prefixed("right items: ", distinctNonBlank(rights)));
        return p;
    }

    @Override
    public List<String> ordering(Ordering q) {
        List<String> p = new ArrayList<>();
        if (q.items().size() < 2) {
            p.add("ordering needs at least 2 items, has " + q.items().size());
        }
        p.addAll(distinctNonBlank(q.items()));
        return p;
    }

    private static List<String> choiceList(List<String> choices, int min) {
        List<String> p = new ArrayList<>();
        if (choices.isEmpty()) {
            p.add("choices is empty");
        } else if (choices.size() < min) {
            p.add("needs at least " + min + " choices, has " + choices.size());
        }
        p.addAll(distinctNonBlank(choices));
        return p;
    }

    private static List<String> acceptList(List<String> accept, String field) {
        List<String> p = new ArrayList<>();
        if (accept.isEmpty()) {
            p.add(field + " is empty: give at least one accepted answer");
        }
        for (String a : accept) {
            if (a.isBlank()) {
                p.add(field + " has an empty answer");
            }
        }
        return p;
    }

    private static List<String> distinctNonBlank(List<String> items) {
        List<String> p = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String s : items) {
            if (s.isBlank()) {
                p.add("an item is empty");
            } else if (!seen.add(s.strip())) {
                p.add("\"" + s + "\" appears twice");
            }
        }
        return p;
    }

    private static List<String> prefixed(String prefix, List<String> problems) {
        List<String> out = new ArrayList<>(problems.size());
        for (String s : problems) {
            out.add(prefix + s);
        }
        return out;
    }

    static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
