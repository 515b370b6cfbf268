package newsquiz.tui;

import com.googlecode.lanterna.TerminalPosition;
import java.util.List;

/**
 * The top of the Elm loop: routes each message to the current screen's update and draws the
 * screen's view, or a "make the window bigger" message when the terminal is below 40x12.
 */
public final class App {

    private App() {
    }

    /** The next model and the effects to run before it is drawn. */
    public record Step(AppModel model, List<Effect> effects) {
    }

    public static Step update(AppModel m, Msg msg) {
        Env env = m.env();
        if (msg instanceof Msg.Resize resize) {
            env = env.withSize(resize.size());
        }
        if (env.size().tooSmall() && msg instanceof Msg.KeyPress press) {
            // Keys the learner cannot see the effect of are ignored, except getting out.
            if (!press.key().interrupt()) {
                return new Step(new AppModel(m.screen(), env), List.of());
            }
            Update quit = route(m.screen(), new Msg.KeyPress(Key.of(Key.Kind.EOF), msg.now()), env);
            return new Step(new AppModel(quit.model(), env), quit.effects());
        }
        Update u = route(m.screen(), msg, env);
        return new Step(new AppModel(u.model(), env), u.effects());
    }

    private static Update route(ScreenModel screen, Msg msg, Env env) {
        if (screen instanceof HomeModel h) {
            return HomeScreen.update(h, msg, env);
        }
        if (screen instanceof QuizModel q) {
            return QuizScreen.update(q, msg, env);
        }
        if (screen instanceof ResultsModel r) {
            return ResultsScreen.update(r, msg, env);
        }
        if (screen instanceof StatsModel st) {
            return StatsScreen.update(st, msg, env);
        }
        if (screen instanceof ProfileModel pr) {
            return ProfileScreen.update(pr, msg, env);
        }
        if (screen instanceof StudyScreenModel s) {
            return StudyScreens.update(s, msg, env);
        }
        if (screen instanceof CurateModel c) {
            return CurateScreen.update(c, msg, env);
        }
        return ReviewScreen.update((ReviewModel) screen, msg, env);
    }

    public static View view(AppModel m) {
        ScreenModel s = m.screen();
        Env env = m.env();
        if (s instanceof HomeModel h) {
            return HomeScreen.view(h, env);
        }
        if (s instanceof QuizModel q) {
            return QuizScreen.view(q, env);
        }
        if (s instanceof ResultsModel r) {
            return ResultsScreen.view(r, env);
        }
        if (s instanceof StatsModel st) {
            return StatsScreen.view(st, env);
        }
        if (s instanceof ProfileModel pr) {
            return ProfileScreen.view(pr, env);
        }
        if (s instanceof StudyScreenModel study) {
            return StudyScreens.view(study, env);
        }
        if (s instanceof CurateModel c) {
            return CurateView.view(c, env);
        }
        return ReviewScreen.view((ReviewModel) s, env);
    }

    /** Draws the model on a cleared screen; returns where the text cursor goes, or null to hide it. */
    public static TerminalPosition render(AppModel m, Painter p) {
        Size size = p.size();
        if (size.tooSmall()) {
            drawTooSmall(p, size);
            return null;
        }
        return Frame.draw(view(m), p);
    }

    private static void drawTooSmall(Painter p, Size size) {
        String text = "Make the window bigger: newsquiz needs at least " + Size.MINIMUM + " (now " + size + "). "
                + "Ctrl-C quits.";
        List<String> lines = TextWrap.wrap(text, Math.max(1, size.columns() - 2));
        int top = Math.max(0, (size.rows() - lines.size()) / 2);
        for (int i = 0; i < lines.size() && top + i < size.rows(); i++) {
            String line = lines.get(i);
            int left = Math.max(0, (size.columns() - line.length()) / 2);
            p.text(left, top + i, line, i == 0 ? Style.WARN : Style.NORMAL, size.columns() - left);
        }
    }
}
