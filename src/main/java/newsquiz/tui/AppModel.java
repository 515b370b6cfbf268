package newsquiz.tui;

/** The whole UI's state: the current screen and what is known about the terminal. */
public record AppModel(ScreenModel screen, Env env) {

    public AppModel withScreen(ScreenModel s) {
        return new AppModel(s, env);
    }
}
