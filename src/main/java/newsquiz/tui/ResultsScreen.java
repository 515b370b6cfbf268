package newsquiz.tui;

import java.util.ArrayList;
import java.util.List;
import newsquiz.engine.AnswerRecord;
import newsquiz.engine.QuizItem;
import newsquiz.engine.QuizResult;
import newsquiz.engine.QuizSession;
import newsquiz.engine.TopicScore;
import newsquiz.engine.Verdict;
import newsquiz.text.Format;

/** Score, time, topics and every question's mark; then review the mistakes, retry them, or start again. */
public final class ResultsScreen {

    private ResultsScreen() {
    }

    public static Update update(ResultsModel m, Msg msg, Env env) {
        if (!(msg instanceof Msg.KeyPress press)) {
            return Update.of(msg instanceof Msg.Resize ? m.with(0, m.overlay(), m.message()) : m);
        }
        Key key = press.key();
        if (key.interrupt()) {
            return Update.of(m, new Effect.Exit(130));
        }
        if (m.overlay() != Overlay.NONE) {
            return Update.of(m.with(m.scroll(), Overlay.NONE, m.message()));
        }
        if (key.is('?') || key.kind() == Key.Kind.F1) {
            return Update.of(m.with(m.scroll(), Overlay.HELP, null));
        }
        if (key.is('q') || key.kind() == Key.Kind.ESCAPE) {
            return Update.of(m, new Effect.Exit(0));
        }
        List<AnswerRecord> mistakes = m.result().mistakes();
        if (key.kind() == Key.Kind.ENTER || key.is('w')) {
            if (mistakes.isEmpty()) {
                return Update.of(m.with(m.scroll(), Overlay.NONE, "Nothing to review: every answer was right."));
            }
            return Update.of(new ReviewModel(m.with(m.scroll(), Overlay.NONE, null), 0, 0, Overlay.NONE));
        }
        if (key.is('r')) {
            if (mistakes.isEmpty()) {
                return Update.of(m.with(m.scroll(), Overlay.NONE, "Nothing to retry: every answer was right."));
            }
            List<QuizItem> items = mistakes.stream().map(AnswerRecord::item).toList();
            QuizSession retry = QuizSession.start(items, m.config(), msg.now());
            QuizKey practice = QuizKey.of(m.key().bankId(), m.key().mode()); // a retry is never the recorded exam
            return Update.of(QuizModel.start(m.title(), practice, retry, msg.now(), m.home()));
        }
        if (key.is('n')) {
            return Update.of(m, new Effect.GoHome(m.home()));
        }
        if (key.is('t')) {
            return Update.of(m, new Effect.AskLearner(new LearnerRequest.ShowStats(m.with(m.scroll(), Overlay.NONE, null))));
        }
        int height = Frame.bodyHeight(env.size());
        int max = Math.max(0, view(m, env).body().size() - height);
        int scroll = Scroll.after(key, m.scroll(), height, max);
        return Update.of(m.with(scroll, Overlay.NONE, m.message()));
    }

    public static View view(ResultsModel m, Env env) {
        Display d = env.display();
        int width = Frame.bodyWidth(env.size());
        QuizResult r = m.result();
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of("Score " + Format.points(r.score()) + " of " + Format.points(r.maximum())
                + String.format("  (%.0f%%)", r.percent()), Style.TITLE));
        lines.add(Line.of("Time " + Format.duration(r.duration()) + "  " + d.dot() + "  " + r.finalRecords().size()
                + " questions  " + d.dot() + "  " + m.config().mode().name().toLowerCase(), Style.NORMAL));
        List<Line> counts = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            long n = r.count(v);
            if (n > 0 || v == Verdict.CORRECT || v == Verdict.WRONG) {
                counts.add(Line.of(Verdicts.symbol(v, d) + " " + n + " " + v.label(), Verdicts.style(v)));
            }
        }
        lines.addAll(TextWrap.flow(counts, "   ", width));

        lines.add(Line.EMPTY);
        lines.add(Line.of("By topic", Style.TITLE));
        int nameWidth = Math.max(8, Math.min(22, width - 30));
        for (TopicScore t : r.byTopic()) {
            int filled = (int) Math.round(t.percent() / 10);
            lines.add(Line.of("  " + TextWrap.pad(TextWrap.fit(d.oneLine(t.topic()), nameWidth, d.glyphs().ellipsis()), nameWidth) + " ")
                    .plus(d.glyphs().full().repeat(filled), Style.GOOD)
                    .plus(d.glyphs().empty().repeat(10 - filled), Style.DIM)
                    .plus(String.format(" %3.0f%%  %d q", t.percent(), t.questions())));
        }

        lines.add(Line.EMPTY);
        lines.add(Line.of("Questions", Style.TITLE));
        List<AnswerRecord> records = r.finalRecords();
        for (int i = 0; i < records.size(); i++) {
            AnswerRecord a = records.get(i);
            Verdict v = a.mark().verdict();
            String points = Format.points(a.points()) + "/" + Format.points(a.maximum());
            String number = (i + 1) + ". ";
            int room = Math.max(4, width - 4 - number.length() - points.length() - 2);
            String prompt = TextWrap.pad(TextWrap.fit(d.oneLine(a.item().question().prompt()), room, d.glyphs().ellipsis()), room);
            lines.add(Line.of("  " + Verdicts.symbol(v, d) + " ", Verdicts.style(v)).plus(number + prompt + "  ").plus(points, Style.DIM));
        }

        boolean anyWrong = !r.mistakes().isEmpty();
        List<KeyHint> keys = new ArrayList<>();
        if (anyWrong) {
            keys.add(new KeyHint("Enter", "review"));
            keys.add(new KeyHint("r", "retry"));
        }
        keys.add(KeyHint.extra("n", "new quiz"));
        keys.add(KeyHint.extra("t", "stats"));
        keys.add(KeyHint.extra(d.upDown(), "scroll"));
        keys.add(new KeyHint("q", "quit"));
        keys.add(new KeyHint("?", "help"));
        View v = View.of("Results " + d.dot() + " " + d.oneLine(m.title()), String.format("%.0f%%", r.percent()), lines, keys)
                .withScroll(m.scroll());
        if (m.message() != null) {
            v = v.withMessage(m.message(), Style.WARN);
        }
        return m.overlay() == Overlay.HELP ? v.withOverlay(HelpText.results(d)) : v;
    }
}
