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
     * Show the home screen. The loop reads the banks (and the learner's progress on them) only
     * now, so a quiz started with --bank does not read every other bank before its first question
     * and the mastery shown is up to date; {@code previous} (may be null) keeps the options chosen.
     */
    record GoHome(HomeModel previous) implements Effect {
    }

    /** A screen that needs the learner's progress: statistics, the profile picker, a profile switch. */
    record AskLearner(LearnerRequest request) implements Effect {
    }

    /** Review, flashcards, weak spots: ask the progress store (see {@link StudyDesk}). */
    record Study(StudyEffect effect) implements Effect {
    }

    /** Write a curated bank to {@code target} atomically; the loop answers with {@link Msg.Saved}. */
    record SaveBank(newsquiz.bank.Bank bank, java.nio.file.Path target) implements Effect {
    }

    /** Leave the program with this exit code. */
    record Exit(int code) implements Effect {
    }
}
