package newsquiz.bank;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Turns one question object of a bank file into a {@link Question}, reporting what is wrong. */
final class QuestionFromJson {

    private static final Set<String> COMMON = Set.of("id", "type", "prompt", "explanation", "topics",
            "difficulty", "points", "hint", "provenance", "answerDetails");

    private QuestionFromJson() {
    }

    /** The question, or empty when it has problems (each passed to {@code problems}). */
    static Optional<Question> read(JsonNode node, Consumer<String> problems) {
        List<String> found = new ArrayList<>();
        Fields f = new Fields(node, found::add);
        String typeName = f.requiredString("type");
        Optional<QuestionType> type = QuestionType.fromJsonName(typeName);
        if (type.isEmpty() && f.has("type")) {
            found.add("unknown type \"" + typeName + "\" (expected one of multiple_choice, multiple_select, "
                    + "true_false, short_answer, numeric, cloze, matching, ordering)");
        }
        QuestionInfo info = info(f, found);
        Question q = null;
        if (type.isPresent()) {
            Set<String> allowed = new HashSet<>(COMMON);
            q = switch (type.get()) {
                case MULTIPLE_CHOICE -> {
                    allowed.addAll(Set.of("choices", "answer"));
                    yield new MultipleChoice(info, f.stringList("choices", true), f.requiredInt("answer"));
                }
                case MULTIPLE_SELECT -> {
                    allowed.addAll(Set.of("choices", "answers"));
                    yield new MultipleSelect(info, f.stringList("choices", true), new HashSet<>(f.intList("answers")));
                }
                case TRUE_FALSE -> {
                    allowed.add("answer");
                    yield new TrueFalse(info, f.requiredBoolean("answer"));
                }
                case SHORT_ANSWER -> {
                    allowed.addAll(Set.of("accept", "caseSensitive", "typos"));
                    yield new ShortAnswer(info, f.stringList("accept", true),
                            f.optionalBoolean("caseSensitive", false), f.optionalBoolean("typos", true));
                }
                case NUMERIC -> {
                    allowed.addAll(Set.of("value", "tolerance", "range", "unit"));
                    yield numeric(info, f, found);
                }
                case CLOZE -> {
                    allowed.addAll(Set.of("text", "blanks"));
                    yield new Cloze(info, f.requiredString("text"), blanks(f, found));
                }
                case MATCHING -> {
                    allowed.addAll(Set.of("pairs", "distractors"));
                    List<Matching.Pair> pairs = new ArrayList<>();
                    for (JsonNode p : f.objectList("pairs")) {
                        Fields pf = new Fields(p, s -> found.add("pair: " + s));
                        pf.rejectUnknown(Set.of("left", "right"));
                        pairs.add(new Matching.Pair(pf.requiredString("left"), pf.requiredString("right")));
                    }
                    yield new Matching(info, pairs, f.stringList("distractors", false));
                }
                case ORDERING -> {
                    allowed.add("items");
                    yield new Ordering(info, f.stringList("items", true));
                }
            };
            f.rejectUnknown(allowed);
        }
        if (found.isEmpty() && q != null) {
            found.addAll(QuestionChecks.check(q));
        }
        found.forEach(problems);
        return found.isEmpty() ? Optional.ofNullable(q) : Optional.empty();
    }

    private static QuestionInfo info(Fields f, List<String> found) {
        Provenance provenance = null;
        JsonNode pn = f.object("provenance", false);
        if (pn != null) {
            List<String> ignored = new ArrayList<>();
            Fields pf = new Fields(pn, ignored::add);
            provenance = new Provenance(pf.optionalInt("sentence", 0), pf.optionalInt("start", 0), pf.optionalInt("end", 0));
        }
        return new QuestionInfo(
                f.requiredString("id"),
                f.requiredString("prompt"),
                f.requiredString("explanation"),
                f.stringList("topics", false),
                f.optionalInt("difficulty", 2),
                f.optionalNumber("points", 1),
                f.optionalString("hint"),
                provenance,
                answerDetails(f, found));
    }

    private static List<AnswerDetail> answerDetails(Fields f, List<String> found) {
        if (!f.has("answerDetails")) {
            return List.of();
        }
        List<AnswerDetail> out = new ArrayList<>();
        int n = 0;
        for (JsonNode d : f.objectList("answerDetails")) {
            n++;
            String where = "answerDetails " + n + ": ";
            Fields df = new Fields(d, s -> found.add(where + s));
            df.rejectUnknown(Set.of("answer", "credit", "feedback"));
            out.add(new AnswerDetail(df.requiredString("answer"), df.optionalNumber("credit", 0),
                    df.optionalString("feedback")));
        }
        return out;
    }

    private static NumericQuestion numeric(QuestionInfo info, Fields f, List<String> found) {
        String unit = f.optionalString("unit");
        JsonNode range = f.object("range", false);
        if (range != null) {
            Fields rf = new Fields(range, s -> found.add("range: " + s));
            rf.rejectUnknown(Set.of("min", "max"));
            double min = rf.requiredNumber("min");
            double max = rf.requiredNumber("max");
            double value = f.optionalNumber("value", (min + max) / 2);
            if (f.has("tolerance")) {
                found.add("give either \"tolerance\" or \"range\", not both");
            }
            return new NumericQuestion(info, value, min, max, unit);
        }
        double value = f.requiredNumber("value");
        double tolerance = f.optionalNumber("tolerance", 0);
        if (tolerance < 0) {
            found.add("tolerance " + QuestionChecks.fmt(tolerance) + " is below 0");
            tolerance = 0;
        }
        return new NumericQuestion(info, value, value - tolerance, value + tolerance, unit);
    }

    private static List<Cloze.Blank> blanks(Fields f, List<String> found) {
        List<Cloze.Blank> out = new ArrayList<>();
        int n = 0;
        for (JsonNode b : f.objectList("blanks")) {
            n++;
            String where = "blank " + n + ": ";
            Fields bf = new Fields(b, s -> found.add(where + s));
            if (bf.has("choices")) {
                bf.rejectUnknown(Set.of("choices", "answer"));
                List<String> choices = bf.stringList("choices", true);
                int answer = bf.requiredInt("answer");
                if (answer < 0 || answer >= choices.size()) {
                    found.add(where + "answer " + answer + " is not among the " + choices.size() + " choices");
                    continue;
                }
                out.add(new Cloze.Blank(List.of(choices.get(answer)), choices, false, false));
            } else {
                bf.rejectUnknown(Set.of("accept", "caseSensitive", "typos"));
                out.add(new Cloze.Blank(bf.stringList("accept", true), List.of(),
                        bf.optionalBoolean("caseSensitive", false), bf.optionalBoolean("typos", true)));
            }
        }
        return out;
    }
}
