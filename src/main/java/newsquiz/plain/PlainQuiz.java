package newsquiz.plain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import newsquiz.bank.Cloze;
import newsquiz.engine.AnswerParser;
import newsquiz.engine.AnswerRecord;
import newsquiz.engine.QuizItem;
import newsquiz.engine.QuizListener;
import newsquiz.engine.QuizResult;
import newsquiz.engine.QuizSession;
import newsquiz.engine.Response;
import newsquiz.engine.UndoableQuiz;
import newsquiz.engine.Verdict;

/**
 * The quiz as numbered prompts and typed answers: for screen readers, scripts and terminals
 * without a screen. Drives the same {@link QuizSession} as the full-screen UI.
 *
 * <p>Commands typed instead of an answer: an empty line skips, {@code :hint}, {@code :skip},
 * {@code :quit} (finish now; the rest count as unanswered), {@code :help}, and, where the mode
 * allows it ({@link #allowingUndo}), {@code :undo} (take back the last answer and ask it again). End
 * of input finishes the quiz the same way, so piped answers work.
 */
public final class PlainQuiz {

    private final BufferedReader in;
    private final PrintWriter out;
    private final PlainText text;
    private final Clock clock;
    private final QuizListener listener;
    private boolean echoInput;
    private String modeName;
    private BooleanSupplier takeBack;
    private Function<QuizItem, String> note = item -> null;

    public PlainQuiz(BufferedReader in, PrintWriter out, boolean utf8, Clock clock, QuizListener listener) {
        this.in = in;
        this.out = out;
        this.text = new PlainText(utf8);
        this.clock = clock;
        this.listener = listener;
    }

    /**
     * Repeat each answer after its prompt. For piped input, where the terminal shows no echo,
     * so the transcript reads "Your answer: b" rather than prompts run together.
     */
    public PlainQuiz echoingInput(boolean on) {
        this.echoInput = on;
        return this;
    }

    /** The mode's name in the heading (e.g. "review"), instead of the session's scoring mode. */
    public PlainQuiz labelled(String mode) {
        this.modeName = mode;
        return this;
    }

    /**
     * Offers {@code :undo}: {@code takeBack} takes the last recorded answer back (in the progress
     * store) and says whether it could; the question is then asked again.
     */
    public PlainQuiz allowingUndo(BooleanSupplier takeBack) {
        this.takeBack = takeBack;
        return this;
    }

    /** A short note for each question's heading (why it is asked, say); null for none. */
    public PlainQuiz annotating(Function<QuizItem, String> note) {
        this.note = note;
        return this;
    }

    /** Runs the quiz to its end and prints the results. */
    public QuizResult run(String title, QuizSession start) throws IOException {
        UndoableQuiz u = UndoableQuiz.start(start);
        QuizSession s = start;
        String mode = modeName != null ? modeName : s.config().mode().name().toLowerCase();
        out.println(text.show(title) + " - " + mode + ", " + s.total()
                + (s.total() == 1 ? " question" : " questions"));
        out.println("Answer each question and press Enter. Empty line: skip. Commands: :hint :skip "
                + (takeBack != null ? ":undo " : "") + ":quit :help");
        if (s.config().timeLimit() != null) {
            out.println("Time limit: " + ResultPrinter.duration(s.config().timeLimit()));
        }
        warnIfNeeded();
        while (!s.finished()) {
            QuizItem item = s.current();
            out.println();
            String why = note.apply(item);
            out.printf("Question %d of %d%s%s%n", s.number(), s.total(), status(s),
                    why == null ? "" : "  |  " + text.show(why));
            String instruction = QuestionPrinter.print(item, out, text);
            Input input = read(s, item, instruction);
            if (input.undo) {
                u = u.with(input.session);
                if (u.canUndo() && takeBack.getAsBoolean()) {
                    u = u.undo(clock.instant());
                    s = u.session();
                    out.println("Took back your last answer; here is that question again.");
                } else {
                    s = input.session;
                    out.println("Nothing to undo.");
                }
                continue;
            }
            if (input.quit) {
                s = s.finish(clock.instant());
                out.println(input.endOfInput ? "Input ended; the remaining questions count as unanswered."
                        : "Finished early; the remaining questions count as unanswered.");
                break;
            }
            s = input.session;
            u = u.with(s);
            QuizSession.Step step;
            if (s.timedOut(clock.instant())) {
                step = new QuizSession.Step(s.timeout(clock.instant()), null);
                out.println("Time is up.");
                s = step.next();
                u = u.with(s);
                continue;
            }
            step = input.response == null ? s.skip(clock.instant()) : s.answer(input.response, clock.instant());
            if (step.record() != null) {
                listener.answered(step.record());
                if (s.config().feedback()) {
                    printFeedback(step.record());
                }
                warnIfNeeded();
            }
            // only answers the listener records can be taken back (not a time-out's "unanswered")
            boolean recorded = step.record() != null && step.record().mark().verdict() != Verdict.UNANSWERED;
            u = recorded ? u.answered(step) : u.with(step.next());
            s = step.next();
        }
        QuizResult result = s.result();
        listener.finished(result);
        ResultPrinter.print(result, out, text);
        return result;
    }

    private String status(QuizSession s) {
        StringBuilder sb = new StringBuilder();
        if (s.config().feedback()) {
            sb.append("  |  score ").append(ResultPrinter.points(s.score()));
            if (s.streak() > 1) {
                sb.append("  |  streak ").append(s.streak());
            }
        }
        Duration left = s.remaining(clock.instant());
        if (left != null) {
            sb.append("  |  time left ").append(ResultPrinter.duration(left));
        }
        Duration perQuestion = s.config().perQuestionLimit();
        if (perQuestion != null) {
            sb.append("  |  ").append(perQuestion.toSeconds()).append(" s to answer");
        }
        return sb.toString();
    }

    /** What was typed for one question: a response, a skip (null response), a request to stop or to undo. */
    private record Input(QuizSession session, Response response, boolean quit, boolean endOfInput, boolean undo) {
        Input(QuizSession session, Response response, boolean quit, boolean endOfInput) {
            this(session, response, quit, endOfInput, false);
        }

        static Input undo(QuizSession session) {
            return new Input(session, null, false, false, true);
        }
    }

    private Input read(QuizSession s, QuizItem item, String instruction) throws IOException {
        if (item.question() instanceof Cloze cloze) {
            return readBlanks(s, item, cloze);
        }
        while (true) {
            String line = prompt(instruction);
            if (line == null) {
                return new Input(s, null, true, true);
            }
            Command c = Command.of(line);
            switch (c) {
                case QUIT:
                    return new Input(s, null, true, false);
                case SKIP:
                    return new Input(s, null, false, false);
                case HINT:
                    s = hint(s);
                    continue;
                case HELP:
                    help();
                    continue;
                case UNDO:
                    if (takeBack != null) {
                        return Input.undo(s);
                    }
                    out.println("Undo is for review and weak spots; here an answer stands once given.");
                    continue;
                default:
                    break;
            }
            AnswerParser.Parsed parsed = AnswerParser.parse(item, line);
            if (parsed.isOk()) {
                return new Input(s, parsed.response(), false, false);
            }
            out.println(parsed.error());
        }
    }

    private Input readBlanks(QuizSession s, QuizItem item, Cloze cloze) throws IOException {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < cloze.blanks().size(); i++) {
            String instruction = "Blank " + (i + 1) + " of " + cloze.blanks().size()
                    + (cloze.blanks().get(i).hasChoices() ? " (one letter)" : "");
            while (true) {
                String line = prompt(instruction);
                if (line == null) {
                    return new Input(s, null, true, true);
                }
                Command c = Command.of(line);
                if (c == Command.QUIT) {
                    return new Input(s, null, true, false);
                }
                if (c == Command.SKIP && i == 0 && line.isBlank()) {
                    return new Input(s, null, false, false);
                }
                if (c == Command.HINT) {
                    s = hint(s);
                    continue;
                }
                if (c == Command.HELP) {
                    help();
                    continue;
                }
                if (c == Command.UNDO) {
                    if (takeBack != null) {
                        return Input.undo(s);
                    }
                    out.println("Undo is for review and weak spots; here an answer stands once given.");
                    continue;
                }
                AnswerParser.Parsed parsed = AnswerParser.parseBlank(item, i, line);
                if (parsed.isOk()) {
                    entries.add(((Response.Text) parsed.response()).text());
                    break;
                }
                out.println(parsed.error());
            }
        }
        return new Input(s, new Response.Blanks(entries), false, false);
    }

    private QuizSession hint(QuizSession s) {
        if (s.canHint()) {
            out.println("Hint: " + text.show(s.current().question().hint()));
            return s.showHint();
        }
        out.println(s.config().hints() ? "This question has no hint." : "Hints are off in this mode.");
        return s;
    }

    private void help() {
        out.println("Letters pick choices (b, or a c for several); t/f for true or false; pairs as 1b 2a;");
        out.println("orders as 3 1 2; anything else is read as your typed answer.");
        out.println("Empty line or :skip skips, :hint shows a hint, :quit ends the quiz and shows the results.");
        if (takeBack != null) {
            out.println(":undo takes back your last answer (and its grade) and asks that question again.");
        }
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

    private void printFeedback(AnswerRecord r) {
        Verdict v = r.mark().verdict();
        String symbol = switch (v) {
            case CORRECT -> text.glyphs().tick();
            case PARTIAL -> text.glyphs().partial();
            default -> text.glyphs().cross();
        };
        String detail = v == Verdict.PARTIAL ? String.format(" (%.0f%% right)", 100 * r.mark().fraction()) : "";
        out.printf("%s %s%s  %s point%s%n", symbol, capitalise(r.mark().headline()), detail,
                signed(r.points()), Math.abs(r.points()) == 1 ? "" : "s");
        if (v != Verdict.CORRECT || r.mark().typo()) {
            out.println("Answer: " + text.show(r.mark().rightAnswer()));
        }
        if (!r.item().question().explanation().isBlank()) {
            out.println("Why: " + text.show(r.item().question().explanation()));
        }
    }

    private void warnIfNeeded() {
        String w = listener.warning();
        if (w != null) {
            out.println("Warning: " + w);
        }
    }

    private static String signed(double points) {
        return (points > 0 ? "+" : "") + ResultPrinter.points(points);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Words typed instead of an answer. */
    private enum Command {
        NONE, SKIP, HINT, QUIT, HELP, UNDO;

        static Command of(String line) {
            String t = line.strip().toLowerCase();
            if (t.isEmpty()) {
                return SKIP;
            }
            switch (t) {
                case ":skip":
                    return SKIP;
                case ":hint":
                case ":h":
                    return HINT;
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
                    return NONE;
            }
        }
    }
}
