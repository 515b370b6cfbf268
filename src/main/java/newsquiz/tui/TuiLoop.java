package newsquiz.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import newsquiz.engine.QuizListener;

/**
 * The one loop, on the calling thread: poll a key (with a short sleep when there is none, so
 * ticks can drive the timers), update, run effects, draw and refresh only when the model changed.
 */
public final class TuiLoop {

    static final long POLL_MILLIS = 15;
    static final long TICK_MILLIS = 100;

    private final Screen screen;
    private final Theme theme;
    private final Clock clock;
    private final Function<QuizKey, QuizListener> listeners;
    private final Map<QuizKey, QuizListener> listenerByQuiz = new HashMap<>();
    private final Supplier<HomeModel> home;
    private Learner learner = Learner.NONE;
    /** The last progress warning shown, so the learner hears when saving works again. */
    private String lastWarning;
    private AppModel model;
    private Integer exitCode;
    private Instant nextTick;
    private boolean fullRedraw = true;
    private StudyDesk study;

    /**
     * @param listeners who hears the answers of a quiz (progress store, exam result file), asked
     *                  once per quiz the learner takes
     * @param home      builds the home screen when a screen asks for it ({@link Effect.GoHome})
     */
    public TuiLoop(Screen screen, Theme theme, Clock clock, Function<QuizKey, QuizListener> listeners,
                   Supplier<HomeModel> home, AppModel initial) {
        this.screen = screen;
        this.theme = theme;
        this.clock = clock;
        this.listeners = listeners;
        this.home = home;
        this.model = initial;
    }

    /** Where statistics and profiles come from ({@link Learner#NONE} until set). */
    public TuiLoop withLearner(Learner l) {
        this.learner = l;
        return this;
    }

    /** Offers review, flashcards and weak spots, recorded through {@code desk}. */
    public TuiLoop withStudy(StudyDesk desk) {
        this.study = desk;
        return this;
    }

    public AppModel model() {
        return model;
    }

    /** Runs until a screen asks to exit; returns the exit code. */
    public int run() throws IOException, InterruptedException {
        draw();
        while (exitCode == null) {
            if (!pump()) {
                Thread.sleep(POLL_MILLIS);
            }
        }
        return exitCode;
    }

    /**
     * Handles everything waiting now (the queued keys, a resize, a due tick), then draws if
     * needed. Returns true when a key was read. Tests call this directly.
     */
    public boolean pump() throws IOException {
        boolean changed = false;
        // Keys first: those waiting were typed before the resize was noticed, on the old size.
        boolean readKey = false;
        KeyStroke k;
        while (exitCode == null && (k = screen.pollInput()) != null) {
            readKey = true;
            changed |= dispatch(new Msg.KeyPress(KeyMapper.map(k), clock.instant()));
        }
        TerminalSize resized = exitCode == null ? screen.doResizeIfNecessary() : null;
        if (resized != null) {
            changed |= dispatch(new Msg.Resize(new Size(resized.getColumns(), resized.getRows()), clock.instant()));
            fullRedraw = true;
        }
        Instant now = clock.instant();
        if (exitCode == null && (nextTick == null || !now.isBefore(nextTick))) {
            nextTick = now.plusMillis(TICK_MILLIS);
            changed |= dispatch(new Msg.Tick(now));
        }
        if (changed && exitCode == null) {
            draw();
        }
        return readKey;
    }

    /** Runs one message through update and its effects; true when the model changed. */
    public boolean dispatch(Msg msg) {
        App.Step step = App.update(model, msg);
        boolean changed = step.model() != model && !step.model().equals(model);
        model = step.model();
        for (Effect e : step.effects()) {
            if (e instanceof Effect.Answered a) {
                QuizListener listener = listener(a.quiz());
                listener.answered(a.record());
                String warning = listener.warning();
                String notice = warning != null ? warning : lastWarning != null ? "Progress is being saved again." : null;
                lastWarning = warning;
                if (notice != null) {
                    model = App.update(model, new Msg.Notice(notice, msg.now())).model();
                    changed = true;
                }
            } else if (e instanceof Effect.Finished f) {
                listener(f.quiz()).finished(f.result());
            } else if (e instanceof Effect.GoHome go) {
                HomeModel fresh = home.get();
                model = model.withScreen(go.previous() == null ? fresh : go.previous().withBanks(fresh.banks()).withStudy(fresh.study()));
                changed = true;
            } else if (e instanceof Effect.Study s && study != null) {
                model = StudyEffects.run(s.effect(), study, model, msg.now());
                changed = true;
            } else if (e instanceof Effect.AskLearner ask) {
                model = model.withScreen(LearnerRequests.run(ask.request(), learner, home, msg.now()));
                changed = true;
            } else if (e instanceof Effect.SaveBank save) {
                changed |= dispatch(CurateSave.write(save, clock.instant()));
            } else if (e instanceof Effect.Exit x) {
                exitCode = x.code();
            }
        }
        return changed;
    }

    private QuizListener listener(QuizKey quiz) {
        return listenerByQuiz.computeIfAbsent(quiz, listeners);
    }

    public Integer exitCode() {
        return exitCode;
    }

    /** Draws the current model into the back buffer and sends the difference to the terminal. */
    public void draw() throws IOException {
        screen.clear();
        TerminalPosition cursor = App.render(model, new Painter(screen.newTextGraphics(), theme, model.env().display()));
        screen.setCursorPosition(cursor);
        screen.refresh(fullRedraw ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        fullRedraw = false;
    }
}
