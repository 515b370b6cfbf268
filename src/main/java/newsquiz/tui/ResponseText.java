package newsquiz.tui;

import java.util.ArrayList;
import java.util.List;
import newsquiz.bank.Cloze;
import newsquiz.bank.Matching;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.MultipleSelect;
import newsquiz.bank.NumericQuestion;
import newsquiz.bank.Ordering;
import newsquiz.bank.Question;
import newsquiz.bank.ShortAnswer;
import newsquiz.bank.TrueFalse;
import newsquiz.engine.Response;

/** The learner's response as one line of (bank) text, for feedback and review. */
final class ResponseText implements Question.Cases<String> {

    private final Response response;

    private ResponseText(Response response) {
        this.response = response;
    }

    /** What was answered; null response (skipped, timed out) gives null. */
    static String of(Question q, Response response) {
        return response == null ? null : q.accept(new ResponseText(response));
    }

    @Override
    public String multipleChoice(MultipleChoice q) {
        return q.choices().get(((Response.Choice) response).choice());
    }

    @Override
    public String multipleSelect(MultipleSelect q) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < q.choices().size(); i++) {
            if (((Response.Selection) response).choices().contains(i)) {
                picked.add(q.choices().get(i));
            }
        }
        return picked.isEmpty() ? "(none)" : String.join("; ", picked);
    }

    @Override
    public String trueFalse(TrueFalse q) {
        return ((Response.Truth) response).value() ? "true" : "false";
    }

    @Override
    public String shortAnswer(ShortAnswer q) {
        return ((Response.Text) response).text();
    }

    @Override
    public String numeric(NumericQuestion q) {
        return ((Response.Text) response).text();
    }

    @Override
    public String cloze(Cloze q) {
        List<String> parts = new ArrayList<>();
        for (String e : ((Response.Blanks) response).entries()) {
            parts.add(e.isBlank() ? "(empty)" : e);
        }
        return String.join("; ", parts);
    }

    @Override
    public String matching(Matching q) {
        List<String> rights = new ArrayList<>();
        q.pairs().forEach(p -> rights.add(p.right()));
        rights.addAll(q.distractors());
        List<Integer> picked = ((Response.Pairing) response).rights();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < q.pairs().size(); i++) {
            int r = i < picked.size() ? picked.get(i) : -1;
            parts.add(q.pairs().get(i).left() + " -> " + (r < 0 || r >= rights.size() ? "?" : rights.get(r)));
        }
        return String.join("; ", parts);
    }

    @Override
    public String ordering(Ordering q) {
        List<String> parts = new ArrayList<>();
        for (int i : ((Response.Order) response).items()) {
            parts.add(q.items().get(i));
        }
        return String.join(" -> ", parts);
    }
}
