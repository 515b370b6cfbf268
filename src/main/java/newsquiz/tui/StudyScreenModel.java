package newsquiz.tui;

/** The screens of review, flashcards and weak spots. */
public sealed interface StudyScreenModel extends ScreenModel permits StudyQuizModel, FlashcardsModel, StudyEmptyModel {
}
