package newsquiz.plain;

import java.io.PrintWriter;
import java.time.Duration;
import newsquiz.engine.AnswerRecord;
import newsquiz.engine.QuizResult;
import newsquiz.engine.TopicScore;
import newsquiz.engine.Verdict;
import newsquiz.text.Format;

/** The end-of-quiz summary in line mode: score, time, topics, and what to revise. */
final class ResultPrinter {

    private ResultPrinter() {
    }

    static void print(QuizResult result, PrintWriter out, PlainText text) {
        out.println();
        out.println("== Results ==");
        out.printf("Score: %s of %s (%.0f%%)%n", points(result.score()), points(result.maximum()), result.percent());
        out.printf("Correct %d, partly correct %d, wrong %d, skipped %d, unanswered %d%n",
                result.count(Verdict.CORRECT), result.count(Verdict.PARTIAL), result.count(Verdict.WRONG),
                result.count(Verdict.SKIPPED), result.count(Verdict.UNANSWERED));
        out.println("Time: " + duration(result.duration()));
        out.println("By topic:");
        for (TopicScore t : result.byTopic()) {
            out.printf("  %-22s %s %3.0f%%  (%d question%s)%n", text.show(t.topic()), bar(t.percent(), text),
                    t.percent(), t.questions(), t.questions() == 1 ? "" : "s");
        }
        if (!result.mistakes().isEmpty()) {
            out.println("To revise:");
            for (AnswerRecord r : result.mistakes()) {
                out.println("  - " + text.show(r.item().question().prompt()));
                out.println("    " + r.mark().verdict().label() + "; answer: " + text.show(r.mark().rightAnswer()));
            }
        }
        out.flush();
    }

    /** A 10-cell bar; readable without colour. */
    static String bar(double percent, PlainText text) {
        int filled = (int) Math.round(percent / 10);
        return text.glyphs().full().repeat(filled) + text.glyphs().empty().repeat(10 - filled);
    }

    static String points(double p) {
        return Format.points(p);
    }

    static String duration(Duration d) {
        return Format.duration(d);
    }
}
