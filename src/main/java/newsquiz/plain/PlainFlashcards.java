package newsquiz.plain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import newsquiz.bank.Question;
import newsquiz.engine.Presentation;
import newsquiz.engine.QuizItem;
import newsquiz.engine.RightAnswer;
import newsquiz.progress.FlashcardSession;
import newsquiz.progress.GradePreview;
import newsquiz.progress.ProgressStore;
import newsquiz.progress.fsrs.Rating;

/**
 * Flashcards in line mode: each card's prompt, Enter shows the answer, then the learner grades
 * themselves (1 again, 2 hard, 3 good, 4 easy; Enter = good). Each grade is recorded in the store
 * before the next card is shown. Commands: {@code :undo} takes the last grade back, {@code :quit}
 * stops (as does the end of input), {@code :help}. Drives {@link FlashcardSession}.
 */
public final class PlainFlashcards {

    private final BufferedReader in;
    private final PrintWriter out;
    private final PlainText text;
    private final Clock clock;
    private final ProgressStore store;
    private boolean echoInput;

    public PlainFlashcards(BufferedReader in, PrintWriter out, boolean utf8, Clock clock, ProgressStore store) {
        this.in = in;
        this.out = out;
        this.text = new PlainText(utf8);
        this.clock = clock;
        this.store = store;
    }

    /** Repeat each line typed, for piped input (see {@link PlainQuiz#echoingInput}). */
    public PlainFlashcards echoingInput(boolean on) {
        this.echoInput = on;
        return this;
    }

    /** Runs the session until every card is graded or the learner stops; returns the final session. */
    public FlashcardSession run(String title, FlashcardSession start, long seed) throws IOException {
        FlashcardSession f = start;
        // fixed per card, so a card shown again after an undo looks the same
        Random random = new Random(seed);
        List<QuizItem> shown = new ArrayList<>();
        for (FlashcardSession.Card c : f.cards()) {
            shown.add(new QuizItem(c.question(), Presentation.shuffled(c.question(), random)));
        }
        out.println(text.show(title) + " - flashcards, " + f.total() + (f.total() == 1 ? " card" : " cards"));
        out.println("Enter shows the answer; then grade yourself: 1 again, 2 hard, 3 good, 4 easy (Enter = good).");
        out.println("Commands: :undo :quit :help");
        warnIfNeeded();
        boolean endOfInput = false;
        loop:
        while (!f.finished()) {
            FlashcardSession.Card card = f.current();
            out.println();
            out.printf("Card %d of %d%n", f.number(), f.total());
            QuestionPrinter.print(shown.get(f.number() - 1), out, text);
            while (!f.revealed()) {
                String line = prompt("Enter: show the answer");
                Action a = Action.of(line, false);
                if (a == Action.END || a == Action.QUIT) {
                    endOfInput = a == Action.END;
                    break loop;
                }
                if (a == Action.HELP) {
                    help();
                } else if (a == Action.UNDO) {
                    if (undo(f)) {
                        f = f.undo(clock.instant());
                        continue loop;
                    }
                } else {
                    f = f.reveal(clock.instant());
                }
            }
            printAnswer(card.question());
            Rating rating = null;
            while (rating == null) {
                String line = prompt(gradePrompt(card));
                Action a = Action.of(line, true);
                switch (a) {
                    case END:
                    case QUIT:
                        endOfInput = a == Action.END;
                        break loop;
                    case HELP:
                        help();
                        break;
                    case UNDO:
                        if (undo(f)) {
                            f = f.undo(clock.instant());
                            continue loop;
                        }
                        break;
                    case GRADE:
                        rating = Action.rating(line);
                        break;
                    default:
                        out.println("Type 1, 2, 3 or 4 (or again, hard, good, easy); Enter means good.");
                        break;
                }
            }
            FlashcardSession.Step step = f.grade(rating, clock.instant());
            ProgressStore.Recorded recorded = store.recordAnswer(step.event()); // saved before it is confirmed
            f = step.next();
            Instant due = recorded.card().due();
            out.println(name(rating) + ": next review in "
                    + DueText.span(due == null ? Duration.ZERO : Duration.between(step.event().at(), due)) + ".");
            warnIfNeeded();
        }
        if (!f.finished()) {
            f = f.finish(clock.instant());
            out.println(endOfInput ? "Input ended; the cards not graded stay as they were."
                    : "Stopped; the cards not graded stay as they were.");
        }
        printSummary(f);
        return f;
    }

    private boolean undo(FlashcardSession f) {
        FlashcardSession.Graded last = f.lastGraded();
        if (last == null || store.undoLastGrade().isEmpty()) {
            out.println("Nothing to undo.");
            return false;
        }
        out.println("Took back your grade (" + name(last.rating()).toLowerCase(Locale.ROOT) + ") for card "
                + f.graded().size() + "; grade it again.");
        return true;
    }

    private String gradePrompt(FlashcardSession.Card card) {
        GradePreview p = GradePreview.of(store, card.bankId(), card.question(), clock.instant());
        StringBuilder sb = new StringBuilder("Grade");
        for (Rating r : Rating.values()) {
            sb.append(r == Rating.AGAIN ? ": " : ", ").append(r.value()).append(' ')
                    .append(name(r).toLowerCase(Locale.ROOT)).append(" (").append(DueText.span(p.get(r))).append(')');
        }
        return sb.append("; Enter = good").toString();
    }

    private void printAnswer(Question q) {
        out.println("Answer: " + text.show(RightAnswer.of(q)));
        if (!q.explanation().isBlank()) {
            out.println("Why: " + text.show(q.explanation()));
        }
    }

    private void printSummary(FlashcardSession f) {
        out.println();
        out.println("== Flashcards ==");
        out.printf("Graded %d of %d: again %d, hard %d, good %d, easy %d%n", f.graded().size(), f.total(),
                f.count(Rating.AGAIN), f.count(Rating.HARD), f.count(Rating.GOOD), f.count(Rating.EASY));
        out.println("Time: " + ResultPrinter.duration(f.duration()));
        out.flush();
    }

    private void help() {
        out.println("Enter (or anything typed) shows the answer. Then grade how well you knew it:");
        out.println("1 again (forgot), 2 hard, 3 good, 4 easy; Enter alone means good.");
        out.println(":undo takes back the last grade, :quit stops (grades given so far are kept).");
    }

    private String prompt(String instruction) throws IOException {
        out.print(instruction + ": ");
        out.flush();
        String line = in.readLine();
        if (echoInput) {
            out.println(line == null ? "" : text.show(line));
        }
        return line;
    }

    private void warnIfNeeded() {
        if (!store.isSaving()) {
            out.println("Warning: " + store.status().message());
        }
    }

    static String name(Rating r) {
        String n = r.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** What a line typed at a card's prompts asks for. */
    private enum Action {
        END, QUIT, HELP, UNDO, GRADE, REVEAL, INVALID;

        static Action of(String line, boolean revealed) {
            if (line == null) {
                return END;
            }
            String t = line.strip().toLowerCase(Locale.ROOT);
            switch (t) {
                case ":quit":
                case ":q":
                    return QUIT;
                case ":help":
                case ":?":
                    return HELP;
                case ":undo":
                case ":u":
                    return UNDO;
                default:
                    break;
            }
            if (!revealed) {
                return REVEAL;
            }
            return rating(line) != null ? GRADE : INVALID;
        }

        /** 1-4 or the grade's name; empty (Enter, or a space) is the default grade. */
        static Rating rating(String line) {
            String t = line.strip().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                return FlashcardSession.DEFAULT_GRADE;
            }
            for (Rating r : Rating.values()) {
                if (t.equals(String.valueOf(r.value())) || t.equals(r.name().toLowerCase(Locale.ROOT))) {
                    return r;
                }
            }
            return null;
        }
    }
}
