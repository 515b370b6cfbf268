package newsquiz.tui;

import newsquiz.engine.AnswerRecord;
import newsquiz.engine.QuizResult;

/**
 * What an update asks the loop to do outside the model. The loop runs effects before drawing
 * the next frame, so an answer is handed to the progress store before its feedback is shown.
 */
public sealed interface Effect {

    record Answered(AnswerRecord record) implements Effect {
    }

    record Finished(QuizResult result) implements Effect {
    }

    /** Leave the program with this exit code. */
    record Exit(int code) implements Effect {
    }
}
