package newsquiz.tui;

/** The model of one screen; each is an immutable record. */
public sealed interface ScreenModel permits HomeModel, QuizModel, ResultsModel, ReviewModel,
        StatsModel, ProfileModel, StudyScreenModel, CurateModel {
}
