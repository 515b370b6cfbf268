package newsquiz.tui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsquiz.bank.Bank;
import newsquiz.bank.BankValidator;
import newsquiz.generate.Curation;
import newsquiz.tui.CurateModel.Editing;
import newsquiz.tui.CurateModel.Mode;
import newsquiz.tui.CurateModel.Part;

/**
 * Keys of the curate screen. Every decision and edit goes through {@link Curation}; this class
 * only says which key means what, keeps a refused edit open with the reason, and asks the loop to
 * write the bank ({@link Effect.SaveBank}) once the whole of it passes the bank validator.
 */
public final class CurateScreen {

    /** Longer than LineEditor's limit for answers: explanations can be a few sentences. */
    static final int MAX_TEXT = 1000;

    private CurateScreen() {
    }

    public static Update update(CurateModel m, Msg msg, Env env) {
        if (msg instanceof Msg.Tick) {
            return Update.of(m);
        }
        if (msg instanceof Msg.Resize) {
            return Update.of(m.withScroll(-1));
        }
        if (msg instanceof Msg.Notice notice) {
            return Update.of(m.withMessage(notice.text(), Style.WARN));
        }
        if (msg instanceof Msg.Saved saved) {
            return saved(m, saved);
        }
        Key key = ((Msg.KeyPress) msg).key();
        if (key.kind() == Key.Kind.EOF) {
            return Update.of(m, new Effect.Exit(130));
        }
        if (m.overlay() == Overlay.QUIT) {
            return quitDialog(m, key);
        }
        if (m.overlay() == Overlay.HELP) {
            return Update.of(m.withOverlay(Overlay.NONE));
        }
        if (key.isCtrl('c')) {
            return quit(m);
        }
        if (key.kind() == Key.Kind.F1 || (key.is('?') && m.mode() != Mode.EDIT)) {
            return Update.of(m.withOverlay(Overlay.HELP));
        }
        if (key.kind() == Key.Kind.PAGE_UP || key.kind() == Key.Kind.PAGE_DOWN) {
            int direction = key.kind() == Key.Kind.PAGE_UP ? -1 : 1;
            return Update.of(m.withScroll(Frame.page(CurateView.view(m, env), env.size(), direction)));
        }
        return switch (m.mode()) {
            case EDIT -> editKey(m, key);
            case PICK -> pickKey(m, key);
            case BROWSE -> browseKey(m, key, env);
        };
    }

    private static Update browseKey(CurateModel m, Key key, Env env) {
        Curation c = m.curation();
        CurateModel quiet = m.withMessage(null, Style.NORMAL);
        if (key.kind() == Key.Kind.RIGHT || key.is('n')) {
            return Update.of(quiet.with(c.forward()));
        }
        if (key.kind() == Key.Kind.LEFT || key.is('p')) {
            return Update.of(quiet.with(c.back()));
        }
        if (key.is('w')) {
            return save(m);
        }
        if (key.is('q') || key.kind() == Key.Kind.ESCAPE) {
            return quit(m);
        }
        if (key.up() || key.down()) {
            View v = CurateView.view(m, env);
            int height = Frame.bodyHeight(env.size());
            int max = Math.max(0, v.body().size() - height);
            int next = Frame.offset(v, height) + (key.up() ? -1 : 1);
            return Update.of(m.withScroll(Math.max(0, Math.min(max, next))));
        }
        boolean questionKey = key.is('k') || key.is('d') || key.is('e') || key.is('x') || key.is('o');
        if (!questionKey) {
            return Update.of(m);
        }
        if (c.done()) {
            return Update.of(m.withMessage("No question here: p goes back, w saves.", Style.WARN));
        }
        if (key.is('k')) {
            return Update.of(quiet.with(c.keep()));
        }
        if (key.is('d')) {
            return Update.of(quiet.with(c.drop()));
        }
        if (key.is('e')) {
            return Update.of(quiet.editing(startEdit(Part.PROMPT, c.current().prompt())));
        }
        if (key.is('x')) {
            return Update.of(quiet.editing(startEdit(Part.EXPLANATION, c.current().explanation())));
        }
        if (c.distractors().isEmpty()) {
            return Update.of(m.withMessage("This " + CurateView.typeName(c.current()) + " question has no distractors.",
                    Style.WARN));
        }
        return Update.of(quiet.picking(0));
    }

    private static Editing startEdit(Part part, String text) {
        String t = text == null ? "" : text;
        return new Editing(part, new LineEditor(t, t.length()), null);
    }

    private static Update pickKey(CurateModel m, Key key) {
        List<String> distractors = m.curation().distractors();
        int n = distractors.size();
        if (key.kind() == Key.Kind.ESCAPE || key.is('q') || key.is('o')) {
            return Update.of(m.browse());
        }
        if (key.up() || key.kind() == Key.Kind.LEFT) {
            return Update.of(m.picking(Math.max(0, m.pick() - 1)));
        }
        if (key.down() || key.kind() == Key.Kind.RIGHT) {
            return Update.of(m.picking(Math.min(n - 1, m.pick() + 1)));
        }
        int chosen = -1;
        if (key.kind() == Key.Kind.ENTER) {
            chosen = m.pick();
        } else if (key.kind() == Key.Kind.CHAR && !key.ctrl() && key.ch() >= '1' && key.ch() <= '9') {
            chosen = key.ch() - '1';
        }
        if (chosen < 0 || chosen >= n) {
            return Update.of(m);
        }
        return Update.of(m.picking(chosen).editing(startEdit(Part.DISTRACTOR, distractors.get(chosen))));
    }

    private static Update editKey(CurateModel m, Key key) {
        Editing e = m.editing();
        if (key.kind() == Key.Kind.ESCAPE) {
            CurateModel back = e.part() == Part.DISTRACTOR ? m.picking(m.pick()) : m.browse();
            return Update.of(back.withMessage("Edit cancelled; nothing changed.", Style.NORMAL));
        }
        if (key.kind() == Key.Kind.ENTER) {
            return apply(m, e);
        }
        LineEditor next;
        if (key.printable() && e.editor().text().length() >= LineEditor.MAX_LENGTH) {
            // LineEditor stops at its answer-sized limit; a bank's explanation may be longer.
            String t = e.editor().text();
            int at = e.editor().cursor();
            next = t.length() >= MAX_TEXT ? e.editor() : new LineEditor(t.substring(0, at) + key.ch() + t.substring(at), at + 1);
        } else {
            next = e.editor().handle(key);
        }
        return next == null ? Update.of(m) : Update.of(m.editing(e.with(next)));
    }

    /** Hands the edit to the curation; a refusal or a validator problem keeps the field open with the reason. */
    private static Update apply(CurateModel m, Editing e) {
        Curation c = m.curation();
        String text = e.editor().text();
        Curation next;
        try {
            next = switch (e.part()) {
                case PROMPT -> c.editPrompt(text);
                case EXPLANATION -> c.editExplanation(text);
                case DISTRACTOR -> {
                    List<String> all = new ArrayList<>(c.distractors());
                    for (int i = 0; i < all.size(); i++) {
                        // The curation merges duplicates silently; here the reviewer should know.
                        if (i != m.pick() && !text.isBlank() && all.get(i).equalsIgnoreCase(text.strip())) {
                            throw new IllegalArgumentException("'" + text.strip() + "' is already distractor " + (i + 1));
                        }
                    }
                    all.set(m.pick(), text);
                    yield c.editDistractors(all);
                }
            };
        } catch (IllegalArgumentException refused) {
            return Update.of(m.editing(e.refused("Not changed: " + refused.getMessage() + ". Esc cancels the edit.")));
        }
        List<String> problems = next.problems();
        if (!problems.isEmpty()) {
            return Update.of(m.editing(e.refused("Not valid: " + String.join("; ", problems) + ". Esc cancels the edit.")));
        }
        String what = switch (e.part()) {
            case PROMPT -> "Prompt";
            case EXPLANATION -> "Explanation";
            case DISTRACTOR -> text.isBlank() ? "Distractor removed;" : "Distractor";
        };
        String done = what.endsWith(";") ? what + " question marked edited." : what + " changed; question marked edited.";
        return Update.of(m.with(next).browse().withMessage(done, Style.GOOD));
    }

    /** Saves when the whole bank would read back; otherwise says why and writes nothing. */
    private static Update save(CurateModel m) {
        Bank result = m.curation().result();
        if (result.questions().isEmpty()) {
            return Update.of(m.withOverlay(Overlay.NONE).withMessage(
                    "Not saved: every question is dropped, and a bank needs at least one.", Style.WARN));
        }
        List<String> problems = BankValidator.validate(result);
        if (!problems.isEmpty()) {
            return Update.of(m.withOverlay(Overlay.NONE).withMessage("Not saved: " + problems.get(0), Style.WARN));
        }
        return Update.of(m.withMessage("Saving...", Style.NORMAL), new Effect.SaveBank(result, m.target()));
    }

    private static Update saved(CurateModel m, Msg.Saved s) {
        if (s.error() != null) {
            return Update.of(m.withOverlay(Overlay.NONE).withMessage("Not saved: " + s.error(), Style.WARN));
        }
        Curation c = m.curation();
        Bank result = c.result();
        Path name = s.target().getFileName();
        String text = "Saved " + result.questions().size() + " questions (" + c.reviewed() + " of " + c.questions().size()
                + " reviewed; " + (result.generated() ? "still marked generated" : "marked curated") + ") to "
                + (name == null ? s.target() : name) + ".";
        CurateModel after = m.savedNow().withMessage(text, Style.GOOD);
        // Saving from the quit dialog quits once the file is written, never before.
        return m.overlay() == Overlay.QUIT ? Update.of(after, new Effect.Exit(0)) : Update.of(after);
    }

    private static Update quit(CurateModel m) {
        return m.unsaved() ? Update.of(m.withOverlay(Overlay.QUIT)) : Update.of(m, new Effect.Exit(0));
    }

    private static Update quitDialog(CurateModel m, Key key) {
        if (key.is('w')) {
            return save(m);
        }
        if (key.is('q')) {
            return Update.of(m, new Effect.Exit(0));
        }
        if (key.isCtrl('c')) {
            return Update.of(m, new Effect.Exit(130));
        }
        return Update.of(m.withOverlay(Overlay.NONE));
    }
}
