package newsquiz.tui;

import java.time.Instant;

/**
 * Runs a study screen's {@link StudyEffect} against the {@link StudyDesk} for the loop, and feeds
 * the result back through the update function: a reply as {@link Msg.Studied}, and the desk's
 * warning as {@link Msg.Notice} whenever progress is not being saved, so it stays on screen.
 */
public final class StudyEffects {

    private StudyEffects() {
    }

    public static AppModel run(StudyEffect effect, StudyDesk desk, AppModel model, Instant now) {
        if (effect instanceof StudyEffect.Open open) {
            return model.withScreen(desk.open(open.mode(), open.banks(), open.home(), now));
        }
        StudyReply reply = null;
        if (effect instanceof StudyEffect.Answer a) {
            desk.answered(a.bankId(), a.record());
        } else if (effect instanceof StudyEffect.Grade g) {
            desk.graded(g.event());
        } else if (effect instanceof StudyEffect.Undo) {
            desk.undo();
        } else if (effect instanceof StudyEffect.Finish f) {
            desk.finished(f.session());
        } else if (effect instanceof StudyEffect.Preview p) {
            reply = new StudyReply.Previewed(p.question(), desk.preview(p.bankId(), p.question(), now));
        } else if (effect instanceof StudyEffect.Outlook o) {
            reply = new StudyReply.Outlook(desk.outlook(o.scope(), now));
        }
        // Only a study screen asked, and only it understands the answer.
        if (!(model.screen() instanceof StudyScreenModel)) {
            return model;
        }
        AppModel next = model;
        if (reply != null) {
            next = App.update(next, new Msg.Studied(reply, now)).model();
        }
        String warning = desk.warning();
        if (warning != null) {
            next = App.update(next, new Msg.Notice(warning, now)).model();
        }
        return next;
    }
}
