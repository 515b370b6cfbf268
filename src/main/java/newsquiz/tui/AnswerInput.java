package newsquiz.tui;

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
import newsquiz.engine.QuizItem;
import newsquiz.engine.Response;

/**
 * The answer area of the question screen, one record per kind of question: its state, what
 * its keys do, and the lines it shows. Responses are built in the bank's own indexes, through
 * the item's presentation, exactly as the line mode's parser builds them.
 */
public sealed interface AnswerInput permits ChoiceInput, SelectInput, TruthInput, TextInput, BlanksInput,
        PairingInput, OrderInput {

    /** What a key did: a new state, possibly a response to submit or a message to show. */
    record Result(AnswerInput next, Response submit, String message, boolean handled) {

        static Result unhandled(AnswerInput same) {
            return new Result(same, null, null, false);
        }

        static Result moved(AnswerInput next) {
            return new Result(next, null, null, true);
        }

        static Result submit(AnswerInput next, Response response) {
            return new Result(next, response, null, true);
        }

        static Result refuse(AnswerInput same, String message) {
            return new Result(same, null, message, true);
        }
    }

    Result handle(Key key, QuizItem item);

    Body view(QuizItem item, Display d, int width);

    /** What to do, in a few words, e.g. "Pick one answer." */
    String instruction(QuizItem item, Display d);

    /** Footer hints for the answer area (the screen adds hint, skip, quit and help). */
    List<KeyHint> keys(QuizItem item, Display d);

    /** True while keys type into a field: then hint, skip and quit need Ctrl/Esc/F1. */
    default boolean typing() {
        return false;
    }

    /** True when the field being typed in is empty, so "?" can still mean help. */
    default boolean fieldEmpty() {
        return true;
    }

    /** True when this answer area uses plain key {@code c} itself (then it is no shortcut here). */
    default boolean claims(char c, QuizItem item) {
        return handle(Key.ch(c), item).handled();
    }

    /** The starting state for an item. */
    static AnswerInput start(QuizItem item) {
        return item.question().accept(new Question.Cases<AnswerInput>() {
            @Override
            public AnswerInput multipleChoice(MultipleChoice q) {
                return new ChoiceInput(0);
            }

            @Override
            public AnswerInput multipleSelect(MultipleSelect q) {
                return new SelectInput(0, java.util.Set.of(), false);
            }

            @Override
            public AnswerInput trueFalse(TrueFalse q) {
                return new TruthInput(0);
            }

            @Override
            public AnswerInput shortAnswer(ShortAnswer q) {
                return new TextInput(LineEditor.EMPTY);
            }

            @Override
            public AnswerInput numeric(NumericQuestion q) {
                return new TextInput(LineEditor.EMPTY);
            }

            @Override
            public AnswerInput cloze(Cloze q) {
                return BlanksInput.start(q);
            }

            @Override
            public AnswerInput matching(Matching q) {
                return PairingInput.start(q);
            }

            @Override
            public AnswerInput ordering(Ordering q) {
                return new OrderInput(item.presentation().order(), 0, false);
            }
        });
    }

    /** "A" for 0. */
    static String letter(int shown) {
        return String.valueOf((char) ('A' + shown));
    }

    /** "A-D" for 4 letters. */
    static String letterRange(int count) {
        return count <= 1 ? "A" : "A-" + letter(count - 1);
    }

    /** A lettered list, the highlighted entry first in SELECTED style; returns the lines and sets focus. */
    static List<Line> lettered(List<String> texts, List<Integer> order, int cursor, Display d, int width,
                               java.util.function.IntFunction<String> marker) {
        List<Line> out = new java.util.ArrayList<>();
        for (int s = 0; s < order.size(); s++) {
            boolean here = s == cursor;
            Line prefix = Line.of(here ? d.pointer() + " " : "  ", Style.KEY)
                    .plus(marker == null ? "" : marker.apply(s), Style.NORMAL)
                    .plus(letter(s), Style.KEY).plus("  ");
            out.addAll(TextWrap.hanging(prefix, d.oneLine(texts.get(order.get(s))), here ? Style.SELECTED : Style.NORMAL, width));
        }
        return out;
    }

    /** The index of the first line of entry {@code cursor} in a lettered list. */
    static int lineOf(List<String> texts, List<Integer> order, int cursor, Display d, int width, int prefixCols) {
        int line = 0;
        for (int s = 0; s < cursor && s < order.size(); s++) {
            line += TextWrap.wrap(d.oneLine(texts.get(order.get(s))), Math.max(1, width - prefixCols)).size();
        }
        return line;
    }
}
