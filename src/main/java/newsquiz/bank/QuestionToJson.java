package newsquiz.bank;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.TreeSet;

/** Writes a {@link Question} as the object a bank file holds; the inverse of {@link QuestionFromJson}. */
final class QuestionToJson implements Question.Cases<Void> {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final ObjectNode out;

    private QuestionToJson(ObjectNode out) {
        this.out = out;
    }

    static ObjectNode write(Question q) {
        ObjectNode o = NODES.objectNode();
        QuestionInfo info = q.info();
        o.put("id", info.id());
        o.put("type", q.type().jsonName());
        o.put("prompt", info.prompt());
        q.accept(new QuestionToJson(o));
        o.put("explanation", info.explanation());
        if (!info.topics().isEmpty()) {
            o.set("topics", strings(info.topics()));
        }
        if (info.difficulty() != 2) {
            o.put("difficulty", info.difficulty());
        }
        if (info.points() != 1) {
            putNumber(o, "points", info.points());
        }
        if (info.hint() != null) {
            o.put("hint", info.hint());
        }
        if (info.provenance() != null) {
            ObjectNode p = o.putObject("provenance");
            p.put("sentence", info.provenance().sentence());
            p.put("start", info.provenance().start());
            p.put("end", info.provenance().end());
        }
        if (!info.answerDetails().isEmpty()) {
            ArrayNode details = o.putArray("answerDetails");
            for (AnswerDetail d : info.answerDetails()) {
                ObjectNode dn = details.addObject();
                dn.put("answer", d.answer());
                putNumber(dn, "credit", d.credit());
                if (!d.feedback().isEmpty()) {
                    dn.put("feedback", d.feedback());
                }
            }
        }
        return o;
    }

    @Override
    public Void multipleChoice(MultipleChoice q) {
        out.set("choices", strings(q.choices()));
        out.put("answer", q.answer());
        return null;
    }

    @Override
    public Void multipleSelect(MultipleSelect q) {
        out.set("choices", strings(q.choices()));
        ArrayNode a = out.putArray("answers");
        new TreeSet<>(q.answers()).forEach(a::add);
        return null;
    }

    @Override
    public Void trueFalse(TrueFalse q) {
        out.put("answer", q.answer());
        return null;
    }

    @Override
    public Void shortAnswer(ShortAnswer q) {
        out.set("accept", strings(q.accept()));
        if (q.caseSensitive()) {
            out.put("caseSensitive", true);
        }
        if (!q.typos()) {
            out.put("typos", false);
        }
        return null;
    }

    @Override
    public Void numeric(NumericQuestion q) {
        putNumber(out, "value", q.value());
        double below = q.value() - q.min();
        double above = q.max() - q.value();
        // A tolerance only when it reads back as exactly these bounds; otherwise the range says them exactly.
        boolean exact = q.value() - below == q.min() && q.value() + below == q.max();
        if (exact && Math.abs(below - above) < 1e-9 * Math.max(1, Math.abs(q.value()))) {
            if (below != 0) {
                putNumber(out, "tolerance", below);
            }
        } else {
            ObjectNode r = out.putObject("range");
            putNumber(r, "min", q.min());
            putNumber(r, "max", q.max());
        }
        if (q.unit() != null) {
            out.put("unit", q.unit());
        }
        return null;
    }

    @Override
    public Void cloze(Cloze q) {
        out.put("text", q.text());
        ArrayNode blanks = out.putArray("blanks");
        for (Cloze.Blank b : q.blanks()) {
            ObjectNode bo = blanks.addObject();
            if (b.hasChoices()) {
                bo.set("choices", strings(b.choices()));
                bo.put("answer", b.choices().indexOf(b.accept().get(0)));
            } else {
                bo.set("accept", strings(b.accept()));
                if (b.caseSensitive()) {
                    bo.put("caseSensitive", true);
                }
                if (!b.typos()) {
                    bo.put("typos", false);
                }
            }
        }
        return null;
    }

    @Override
    public Void matching(Matching q) {
        ArrayNode pairs = out.putArray("pairs");
        for (Matching.Pair p : q.pairs()) {
            pairs.addObject().put("left", p.left()).put("right", p.right());
        }
        if (!q.distractors().isEmpty()) {
            out.set("distractors", strings(q.distractors()));
        }
        return null;
    }

    @Override
    public Void ordering(Ordering q) {
        out.set("items", strings(q.items()));
        return null;
    }

    static ArrayNode strings(Collection<String> values) {
        ArrayNode a = NODES.arrayNode();
        values.forEach(a::add);
        return a;
    }

    /** Whole numbers are written without ".0" so hand-edited banks stay tidy. */
    static void putNumber(ObjectNode o, String name, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            o.put(name, (long) v);
        } else {
            o.put(name, v);
        }
    }

}
