package newsquiz.tui;

import java.nio.file.Path;
import newsquiz.bank.Bank;
import newsquiz.generate.Curation;

/**
 * The curate screen: the pure {@link Curation} (every decision and edit lives there), what the
 * reviewer is doing with the keys now, and the state last written, so quitting knows whether
 * anything would be lost.
 *
 * @param target  where {@code w} writes (the bank itself, or -o OUT)
 * @param mode    browsing, picking a distractor, or editing a text
 * @param pick    the highlighted distractor while picking (and the one being edited)
 * @param editing what is being edited, with its field, or null
 * @param saved   the curation as last written (or as it started)
 * @param scroll  first body line shown, or -1 to follow the focus
 */
public record CurateModel(Curation curation, Path target, Mode mode, int pick, Editing editing, Curation saved,
                          Overlay overlay, String message, Style messageStyle, int scroll) implements ScreenModel {

    public enum Mode { BROWSE, PICK, EDIT }

    /** The three things that can be edited. */
    public enum Part { PROMPT, EXPLANATION, DISTRACTOR }

    /** {@code problem} says why the last Enter did not take the edit (shown under the field), or null. */
    public record Editing(Part part, LineEditor editor, String problem) {

        Editing with(LineEditor e) {
            return new Editing(part, e, null);
        }

        Editing refused(String why) {
            return new Editing(part, editor, why);
        }
    }

    public static CurateModel start(Bank bank, Path target) {
        Curation c = Curation.start(bank);
        return new CurateModel(c, target, Mode.BROWSE, 0, null, c, Overlay.NONE, null, Style.NORMAL, -1);
    }

    /** Decisions or edits made since the last save. */
    public boolean unsaved() {
        return !curation.questions().equals(saved.questions()) || !curation.decisions().equals(saved.decisions());
    }

    CurateModel with(Curation c) {
        return new CurateModel(c, target, mode, pick, editing, saved, overlay, message, messageStyle, -1);
    }

    CurateModel browse() {
        return new CurateModel(curation, target, Mode.BROWSE, 0, null, saved, Overlay.NONE, message, messageStyle, -1);
    }

    CurateModel picking(int index) {
        return new CurateModel(curation, target, Mode.PICK, index, null, saved, Overlay.NONE, message, messageStyle, -1);
    }

    CurateModel editing(Editing e) {
        return new CurateModel(curation, target, Mode.EDIT, pick, e, saved, Overlay.NONE, message, messageStyle, -1);
    }

    CurateModel withOverlay(Overlay o) {
        return new CurateModel(curation, target, mode, pick, editing, saved, o, message, messageStyle, scroll);
    }

    CurateModel withMessage(String text, Style style) {
        return new CurateModel(curation, target, mode, pick, editing, saved, overlay, text, style, scroll);
    }

    CurateModel withScroll(int s) {
        return new CurateModel(curation, target, mode, pick, editing, saved, overlay, message, messageStyle, s);
    }

    CurateModel savedNow() {
        return new CurateModel(curation, target, mode, pick, editing, curation, overlay, message, messageStyle, scroll);
    }
}
