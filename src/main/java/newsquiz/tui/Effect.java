package newsquiz.tui;

import newsquiz.engine.AnswerRecord;
import newsquiz.engine.QuizResult;

/**
 * What an update asks the loop to do outside the model. The loop runs effects before drawing
 * the next frame, so an answer is handed to the progress store before its feedback is shown.
 */
public sealed interface Effect {

    record Answered(QuizKey quiz, AnswerRecord record) implements Effect {
    }

    record Finished(QuizKey quiz, QuizResult result) implements Effect {
    }

    /**
     * Show the home screen, which the loop builds only now: a quiz started with --bank does not
     * read every other bank before its first question.
     */
    record GoHome() implements Effect {
    }

    /** Leave the program with this exit code. */
    record Exit(int code) implements Effect {
    }
}
