package newsquiz.tui;

import java.util.ArrayList;
import java.util.List;
import newsquiz.bank.NumericQuestion;
import newsquiz.engine.NumberReader;
import newsquiz.engine.QuizItem;
import newsquiz.engine.Response;

/** short_answer and numeric: a line editor; Enter answers. A numeric answer must read as a number first. */
public record TextInput(LineEditor editor) implements AnswerInput {

    @Override
    public Result handle(Key key, QuizItem item) {
        if (key.kind() == Key.Kind.ENTER) {
            if (editor.isBlank()) {
                return Result.refuse(this, "Type your answer first (Ctrl-N skips).");
            }
            if (item.question() instanceof NumericQuestion && NumberReader.read(editor.text()).isEmpty()) {
                return Result.refuse(this, "Type a number, e.g. 12, 12.5 or twelve.");
            }
            return Result.submit(this, new Response.Text(editor.text()));
        }
        LineEditor next = editor.handle(key);
        return next == null ? Result.unhandled(this) : Result.moved(new TextInput(next));
    }

    @Override
    public Body view(QuizItem item, Display d, int width) {
        Field.Drawn field = Field.draw(Line.of(d.pointer() + " ", Style.KEY), editor, Math.min(width, 60));
        List<Line> lines = new ArrayList<>();
        lines.add(field.line());
        return new Body(lines, 0, new View.Cursor(0, field.cursorColumn()));
    }

    @Override
    public String instruction(QuizItem item, Display d) {
        if (item.question() instanceof NumericQuestion n) {
            return n.unit() == null || n.unit().isBlank() ? "Type a number, then Enter."
                    : "Type a number (" + d.oneLine(n.unit()) + "), then Enter.";
        }
        return "Type your answer, then Enter.";
    }

    @Override
    public List<KeyHint> keys(QuizItem item, Display d) {
        return List.of(new KeyHint("Enter", "answer"));
    }

    @Override
    public boolean typing() {
        return true;
    }

    @Override
    public boolean fieldEmpty() {
        return editor.text().isEmpty();
    }
}
