package newsquiz.bank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import newsquiz.bank.BankKeys.BlankKey;
import newsquiz.bank.BankKeys.DetailKey;
import newsquiz.bank.BankKeys.PairKey;
import newsquiz.bank.BankKeys.ProvenanceKey;
import newsquiz.bank.BankKeys.QuestionKey;
import newsquiz.bank.BankKeys.RangeKey;

/**
 * Turns one question object of a bank file, as streamed into an {@link ObjectDraft}, into a
 * {@link Question}, reporting what is wrong in a fixed order: type, common fields, the type's own
 * fields, unknown fields, then (only when the shape is right) the rules of {@link QuestionChecks}.
 */
final class QuestionFromJson {

    private QuestionFromJson() {
    }

    /** The question, or empty when it has problems (each passed to {@code problems}). */
    static Optional<Question> read(ObjectDraft draft, Consumer<String> problems) {
        List<String> found = new ArrayList<>(0);
        Fields f = new Fields(draft, found::add);
        String typeName = f.requiredString(QuestionKey.TYPE);
        Optional<QuestionType> type = QuestionType.fromJsonName(typeName);
        if (type.isEmpty() && f.has(QuestionKey.TYPE)) {
            found.add("unknown type \"" + typeName + "\" (expected one of multiple_choice, multiple_select, "
                    + "true_false, short_answer, numeric, cloze, matching, ordering)");
        }
        QuestionInfo info = info(f, found);
        Question q = null;
        if (type.isPresent()) {
            q = typed(type.get(), info, f, found);
            f.rejectUnknown(QuestionKey.allowed(type.get()));
        }
        if (found.isEmpty() && q != null) {
            found.addAll(QuestionChecks.check(q));
        }
        found.forEach(problems);
        return found.isEmpty() ? Optional.ofNullable(q) : Optional.empty();
    }

    private static Question typed(QuestionType type, QuestionInfo info, Fields f, List<String> found) {
        return switch (type) {
            case MULTIPLE_CHOICE -> new MultipleChoice(info, f.stringList(QuestionKey.CHOICES, true),
                    f.requiredInt(QuestionKey.ANSWER));
            case MULTIPLE_SELECT -> new MultipleSelect(info, f.stringList(QuestionKey.CHOICES, true),
                    new HashSet<>(f.intList(QuestionKey.ANSWERS)));
            case TRUE_FALSE -> new TrueFalse(info, f.requiredBoolean(QuestionKey.ANSWER));
            case SHORT_ANSWER -> new ShortAnswer(info, f.stringList(QuestionKey.ACCEPT, true),
                    f.optionalBoolean(QuestionKey.CASE_SENSITIVE, false), f.optionalBoolean(QuestionKey.TYPOS, true));
            case NUMERIC -> numeric(info, f, found);
            case CLOZE -> new Cloze(info, f.requiredString(QuestionKey.TEXT), blanks(f, found));
            case MATCHING -> new Matching(info, pairs(f, found), f.stringList(QuestionKey.DISTRACTORS, false));
            case ORDERING -> new Ordering(info, f.stringList(QuestionKey.ITEMS, true));
        };
    }

    private static QuestionInfo info(Fields f, List<String> found) {
        Provenance provenance = null;
        ObjectDraft pn = f.object(QuestionKey.PROVENANCE, false);
        if (pn != null) {
            Fields pf = new Fields(pn, ignored -> { });
            provenance = new Provenance(pf.optionalInt(ProvenanceKey.SENTENCE, 0),
                    pf.optionalInt(ProvenanceKey.START, 0), pf.optionalInt(ProvenanceKey.END, 0));
        }
        return new QuestionInfo(
                f.requiredString(QuestionKey.ID),
                f.requiredString(QuestionKey.PROMPT),
                f.requiredString(QuestionKey.EXPLANATION),
                f.stringList(QuestionKey.TOPICS, false),
                f.optionalInt(QuestionKey.DIFFICULTY, 2),
                f.optionalNumber(QuestionKey.POINTS, 1),
                f.optionalString(QuestionKey.HINT),
                provenance,
                answerDetails(f, found));
    }

    private static List<AnswerDetail> answerDetails(Fields f, List<String> found) {
        if (!f.has(QuestionKey.ANSWER_DETAILS)) {
            return List.of();
        }
        List<ObjectDraft> drafts = f.objectList(QuestionKey.ANSWER_DETAILS);
        List<AnswerDetail> out = new ArrayList<>(drafts.size());
        int n = 0;
        for (ObjectDraft d : drafts) {
            int number = ++n;
            Fields df = new Fields(d, s -> found.add("answerDetails " + number + ": " + s));
            df.rejectUnknown(DetailKey.ALL);
            out.add(new AnswerDetail(df.requiredString(DetailKey.ANSWER), df.optionalNumber(DetailKey.CREDIT, 0),
                    df.optionalString(DetailKey.FEEDBACK)));
        }
        return out;
    }

    private static NumericQuestion numeric(QuestionInfo info, Fields f, List<String> found) {
        String unit = f.optionalString(QuestionKey.UNIT);
        ObjectDraft range = f.object(QuestionKey.RANGE, false);
        if (range != null) {
            Fields rf = new Fields(range, s -> found.add("range: " + s));
            rf.rejectUnknown(RangeKey.ALL);
            double min = rf.requiredNumber(RangeKey.MIN);
            double max = rf.requiredNumber(RangeKey.MAX);
            double value = f.optionalNumber(QuestionKey.VALUE, (min + max) / 2);
            if (f.has(QuestionKey.TOLERANCE)) {
                found.add("give either \"tolerance\" or \"range\", not both");
            }
            return new NumericQuestion(info, value, min, max, unit);
        }
        double value = f.requiredNumber(QuestionKey.VALUE);
        double tolerance = f.optionalNumber(QuestionKey.TOLERANCE, 0);
        if (tolerance < 0) {
            found.add("tolerance " + QuestionChecks.fmt(tolerance) + " is below 0");
            tolerance = 0;
        }
        return new NumericQuestion(info, value, value - tolerance, value + tolerance, unit);
    }

    private static List<Cloze.Blank> blanks(Fields f, List<String> found) {
        List<ObjectDraft> drafts = f.objectList(QuestionKey.BLANKS);
        List<Cloze.Blank> out = new ArrayList<>(drafts.size());
        int n = 0;
        for (ObjectDraft b : drafts) {
            int number = ++n;
            Fields bf = new Fields(b, s -> found.add("blank " + number + ": " + s));
            if (bf.has(BlankKey.CHOICES)) {
                bf.rejectUnknown(BlankKey.PICKED);
                List<String> choices = bf.stringList(BlankKey.CHOICES, true);
                int answer = bf.requiredInt(BlankKey.ANSWER);
                if (answer < 0 || answer >= choices.size()) {
                    found.add("blank " + number + ": answer " + answer + " is not among the " + choices.size()
                            + " choices");
                    continue;
                }
                out.add(new Cloze.Blank(List.of(choices.get(answer)), choices, false, false));
            } else {
                bf.rejectUnknown(BlankKey.TYPED);
                out.add(new Cloze.Blank(bf.stringList(BlankKey.ACCEPT, true), List.of(),
                        bf.optionalBoolean(BlankKey.CASE_SENSITIVE, false), bf.optionalBoolean(BlankKey.TYPOS, true)));
            }
        }
        return out;
    }

    private static List<Matching.Pair> pairs(Fields f, List<String> found) {
        List<ObjectDraft> drafts = f.objectList(QuestionKey.PAIRS);
        List<Matching.Pair> out = new ArrayList<>(drafts.size());
        for (ObjectDraft d : drafts) {
            Fields pf = new Fields(d, s -> found.add("pair: " + s));
            pf.rejectUnknown(PairKey.ALL);
            out.add(new Matching.Pair(pf.requiredString(PairKey.LEFT), pf.requiredString(PairKey.RIGHT)));
        }
        return out;
    }
}
