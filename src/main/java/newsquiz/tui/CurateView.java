package newsquiz.tui;

import java.util.ArrayList;
import java.util.List;
import newsquiz.bank.Provenance;
import newsquiz.bank.Question;
import newsquiz.generate.Curation;
import newsquiz.generate.QuestionText;
import newsquiz.tui.CurateModel.Mode;
import newsquiz.tui.CurateModel.Part;

/**
 * What the curate screen shows: the question i/n with its type, source sentence and decision, the
 * prompt, the options or answer (key marked as in the line mode), the explanation; a distractor
 * list while picking; a wrapped field while editing; a summary after the last question.
 */
public final class CurateView {

    private CurateView() {
    }

    public static View view(CurateModel m, Env env) {
        Display d = env.display();
        int width = Frame.bodyWidth(env.size());
        Curation c = m.curation();
        Body body = c.done() ? Body.of(summary(m, d, width)) : question(m, d, width);
        boolean warning = m.message() != null && m.messageStyle() == Style.WARN;
        if (warning) {
            // A refusal is shown whole at the top of the body: the message line would cut it at 40 columns.
            List<Line> head = new ArrayList<>(TextWrap.hanging(Line.of("! ", Style.WARN), d.oneLine(m.message()), Style.WARN, width));
            head.add(Line.EMPTY);
            body = body.after(head);
        }
        String status = c.done() ? "end" : "Q " + (c.index() + 1) + "/" + c.questions().size();
        View v = View.of("Curate " + d.dot() + " " + d.oneLine(c.original().title()), status, body.lines(), keys(m, d))
                .withProgress(new View.Progress(c.reviewed(), c.questions().size()))
                .withFocus(body.focus(), body.cursor())
                .withScroll(m.scroll());
        if (m.message() != null && !warning) {
            v = v.withMessage(m.message(), m.messageStyle());
        }
        if (m.overlay() == Overlay.HELP) {
            return v.withOverlay(help(d));
        }
        if (m.overlay() == Overlay.QUIT) {
            return v.withOverlay(new View.Box("Save before quitting?", List.of(
                    Line.of("Changes since the last save", Style.NORMAL),
                    Line.of("are not written yet.", Style.NORMAL),
                    row("w", "save, then quit", 5),
                    row("q", "quit without saving", 5),
                    row("Esc", "keep curating", 5))));
        }
        return v;
    }

    static String typeName(Question q) {
        return q.type().jsonName().replace('_', ' ');
    }

    private static Body question(CurateModel m, Display d, int width) {
        Curation c = m.curation();
        Question q = c.current();
        Part editing = m.mode() == Mode.EDIT ? m.editing().part() : null;
        List<Line> lines = new ArrayList<>();
        Line.Span decided = decision(c, q, d);
        lines.addAll(TextWrap.flow(List.of(Line.of(typeName(q), Style.KEY), Line.of(source(q.info().provenance()), Style.DIM),
                Line.of(decided.text(), decided.style())), " " + d.dot() + " ", width));
        lines.add(Line.EMPTY);
        Body field = null;
        if (editing == Part.PROMPT) {
            field = editor(m, "Prompt", d, width).after(lines);
            lines = new ArrayList<>(field.lines());
        } else {
            for (String part : TextWrap.wrap(d.text(q.prompt()), width)) {
                lines.add(Line.of(part, Style.TITLE));
            }
        }
        lines.add(Line.EMPTY);
        int focus = 0;
        if (m.mode() == Mode.PICK || editing == Part.DISTRACTOR) {
            List<String> distractors = c.distractors();
            lines.add(Line.of("Distractors (wrong options); pick one:", Style.DIM));
            for (int i = 0; i < distractors.size(); i++) {
                if (editing == Part.DISTRACTOR && i == m.pick()) {
                    field = editor(m, "Distractor " + (i + 1), d, width).after(lines);
                    lines = new ArrayList<>(field.lines());
                    continue;
                }
                boolean at = m.mode() == Mode.PICK && i == m.pick();
                if (at) {
                    focus = lines.size();
                }
                Line prefix = Line.of(at ? d.pointer() + " " : "  ", Style.KEY).plus((i + 1) + "  ", Style.KEY);
                lines.addAll(TextWrap.hanging(prefix, d.oneLine(distractors.get(i)), at ? Style.SELECTED : Style.NORMAL, width));
            }
        } else {
            List<String> answer = QuestionText.lines(q);
            for (String l : answer.subList(1, answer.size())) {
                // QuestionText indents by two and marks the key with "*" in the third column; the mark
                // goes in the prefix so wrapping (which drops leading spaces) keeps the letters aligned.
                String text = d.oneLine(l.startsWith("  ") ? l.substring(2) : l);
                boolean key = text.startsWith("* ");
                boolean marked = key || text.startsWith("  ");
                Line prefix = Line.of("  ").plus(marked ? text.substring(0, 2) : "", Style.GOOD);
                lines.addAll(TextWrap.hanging(prefix, marked ? text.substring(2) : text, key ? Style.GOOD : Style.NORMAL, width));
            }
            if (answer.stream().skip(1).anyMatch(l -> l.strip().startsWith("*"))) {
                lines.add(Line.of("  (* marks the answer)", Style.DIM));
            }
        }
        lines.add(Line.EMPTY);
        if (editing == Part.EXPLANATION) {
            field = editor(m, "Explanation", d, width).after(lines);
            lines = new ArrayList<>(field.lines());
        } else {
            lines.addAll(TextWrap.hanging(Line.of("Why: ", Style.DIM), d.oneLine(q.explanation()), Style.NORMAL, width));
        }
        if (field != null) {
            return new Body(lines, field.focus(), field.cursor());
        }
        return new Body(lines, focus, null);
    }

    /** The field being edited, wrapped over as many lines as it needs, then the reason it was refused. */
    private static Body editor(CurateModel m, String label, Display d, int width) {
        CurateModel.Editing e = m.editing();
        List<Line> lines = new ArrayList<>();
        for (String part : TextWrap.wrap(label + ": Enter keeps it, Esc cancels", width)) {
            lines.add(Line.of(part, Style.DIM));
        }
        Body text = WrappedField.draw(e.editor(), width);
        int focus = lines.size() + text.focus();
        View.Cursor cursor = new View.Cursor(text.cursor().line() + lines.size(), text.cursor().column());
        lines.addAll(text.lines());
        if (e.problem() != null) {
            lines.addAll(TextWrap.hanging(Line.of("! ", Style.WARN), d.oneLine(e.problem()), Style.WARN, width));
            // Scroll so the reason shows whole; it sits right under the field, so the field stays in view too.
            focus = lines.size();
        }
        return new Body(lines, focus, cursor);
    }

    private static String source(Provenance p) {
        return p == null ? "no source sentence" : "sentence " + p.sentence();
    }

    /** A symbol and a word, never colour alone. */
    private static Line.Span decision(Curation c, Question q, Display d) {
        Curation.Decision decision = c.decisions().get(q.id());
        if (decision == null) {
            return new Line.Span("- not decided", Style.DIM);
        }
        return switch (decision) {
            case KEPT -> new Line.Span(d.glyphs().tick() + " kept", Style.GOOD);
            case EDITED -> new Line.Span(d.glyphs().partial() + " edited", Style.PARTIAL);
            case DROPPED -> new Line.Span(d.glyphs().cross() + " dropped", Style.BAD);
        };
    }

    private static List<Line> summary(CurateModel m, Display d, int width) {
        Curation c = m.curation();
        int kept = 0;
        int edited = 0;
        int dropped = 0;
        for (Curation.Decision x : c.decisions().values()) {
            switch (x) {
                case KEPT -> kept++;
                case EDITED -> edited++;
                case DROPPED -> dropped++;
            }
        }
        int open = c.questions().size() - c.reviewed();
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of("End of the bank", Style.TITLE));
        lines.add(Line.EMPTY);
        lines.add(Line.of(d.glyphs().tick() + " " + kept + " kept   ", Style.GOOD).plus(d.glyphs().partial() + " " + edited + " edited   ", Style.PARTIAL)
                .plus(d.glyphs().cross() + " " + dropped + " dropped", Style.BAD));
        lines.add(Line.of("- " + open + " not decided" + (open > 0 ? " (saved as they are)" : ""), Style.DIM));
        lines.add(Line.EMPTY);
        String state = m.unsaved() ? "not saved yet" : "saved";
        for (String part : TextWrap.wrap("w saves to " + d.oneLine(m.target().toString()) + " (" + state + "); p goes back; q quits.",
                width)) {
            lines.add(Line.of(part));
        }
        return lines;
    }

    private static List<KeyHint> keys(CurateModel m, Display d) {
        return switch (m.mode()) {
            case EDIT -> List.of(new KeyHint("Enter", "keep"), new KeyHint("Esc", "cancel"),
                    KeyHint.extra("Ctrl-U", "clear"), new KeyHint("F1", "help"));
            case PICK -> List.of(new KeyHint(d.upDown(), "pick"), new KeyHint("Enter", "edit"), new KeyHint("Esc", "back"),
                    new KeyHint("?", "help"));
            case BROWSE -> m.curation().done()
                    ? List.of(new KeyHint("p", "back"), new KeyHint("w", "save"), new KeyHint("q", "quit"), new KeyHint("?", "help"))
                    : List.of(new KeyHint("k", "keep"), new KeyHint("d", "drop"), new KeyHint("w", "save"), new KeyHint("q", "quit"),
                            KeyHint.extra("e", "prompt"), KeyHint.extra("x", "why"), KeyHint.extra("o", "options"),
                            KeyHint.extra(d.leftRight(), "move"), new KeyHint("?", "help"));
        };
    }

    private static Line row(String key, String action, int keyWidth) {
        return Line.of(TextWrap.pad(key, keyWidth), Style.KEY).plus(action);
    }

    private static View.Box help(Display d) {
        int w = 10;
        return new View.Box("Help", List.of(
                row("k  d", "keep / drop, go on", w),
                row("e  x", "edit prompt / why", w),
                row("o", "edit a distractor", w),
                row(d.utf8() ? "←→ n p" : "n p", "next / previous", w),
                row("w", "save (checked first)", w),
                row("q Esc", "quit (asks if unsaved)", w),
                row("Enter Esc", "keep / cancel an edit", w),
                Line.of("Any key closes this.", Style.DIM)));
    }
}
