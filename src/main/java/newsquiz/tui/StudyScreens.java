package newsquiz.tui;

/** Routes messages and views to the study screens, so {@link App} needs one line for all of them. */
public final class StudyScreens {

    private StudyScreens() {
    }

    public static Update update(StudyScreenModel m, Msg msg, Env env) {
        if (m instanceof StudyQuizModel q) {
            return StudyQuizScreen.update(q, msg, env);
        }
        if (m instanceof FlashcardsModel f) {
            return FlashcardsScreen.update(f, msg, env);
        }
        return StudyEmptyScreen.update((StudyEmptyModel) m, msg);
    }

    public static View view(StudyScreenModel m, Env env) {
        if (m instanceof StudyQuizModel q) {
            return StudyQuizScreen.view(q, env);
        }
        if (m instanceof FlashcardsModel f) {
            return FlashcardsScreen.view(f, env);
        }
        return StudyEmptyScreen.view((StudyEmptyModel) m, env);
    }
}
