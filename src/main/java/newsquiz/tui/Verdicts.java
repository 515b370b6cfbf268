package newsquiz.tui;

import java.util.ArrayList;
import java.util.List;
import newsquiz.engine.AnswerRecord;
import newsquiz.engine.Verdict;
import newsquiz.text.Format;

/** How a verdict looks: a symbol, a word and a style, so it reads the same without colour. */
final class Verdicts {

    private Verdicts() {
    }

    static String symbol(Verdict v, Display d) {
        return switch (v) {
            case CORRECT -> d.glyphs().tick();
            case PARTIAL -> d.glyphs().partial();
            case WRONG -> d.glyphs().cross();
            case SKIPPED, UNANSWERED -> "-";
        };
    }

    static Style style(Verdict v) {
        return switch (v) {
            case CORRECT -> Style.GOOD;
            case PARTIAL -> Style.PARTIAL;
            case WRONG -> Style.BAD;
            case SKIPPED, UNANSWERED -> Style.DIM;
        };
    }

    /** The feedback block for one answer: verdict and points, the learner's answer, the right one, why. */
    static List<Line> feedback(AnswerRecord r, Display d, int width) {
        Verdict v = r.mark().verdict();
        String headline = switch (v) {
            case UNANSWERED -> "Time is up (unanswered)";
            default -> capitalise(r.mark().headline());
        };
        if (v == Verdict.PARTIAL) {
            headline += String.format(" (%.0f%% right)", 100 * r.mark().fraction());
        }
        String points = (r.points() > 0 ? "+" : "") + Format.points(r.points()) + " of " + Format.points(r.maximum())
                + (r.maximum() == 1 ? " point" : " points");
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(symbol(v, d) + " " + headline, style(v)).plus("   " + points, Style.NORMAL));
        if (r.hintUsed()) {
            lines.add(Line.of("Hint used: points reduced.", Style.DIM));
        }
        String yours = ResponseText.of(r.item().question(), r.response());
        if (yours != null && v != Verdict.CORRECT) {
            lines.addAll(TextWrap.hanging(Line.of("Your answer: ", Style.DIM), d.oneLine(yours), Style.NORMAL, width));
        }
        if (v != Verdict.CORRECT || r.mark().typo()) {
            lines.addAll(TextWrap.hanging(Line.of("Answer: ", Style.DIM), d.oneLine(r.mark().rightAnswer()), Style.TITLE, width));
        }
        String why = r.item().question().explanation();
        if (!why.isBlank()) {
            lines.addAll(TextWrap.hanging(Line.of("Why: ", Style.DIM), d.oneLine(why), Style.NORMAL, width));
        }
        return lines;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
