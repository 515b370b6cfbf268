package newsquiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.engine.QuizConfig;
import newsquiz.progress.stats.StatsReport;
import newsquiz.progress.stats.StatsText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The statistics screen: how it is reached, how it scrolls, what it shows, at 80x24 and 40x12. */
class StatsScreenTest {

    static final Env ENV = Fixtures.ENV;
    static final StatsReport REPORT = LearnerFixtures.report("default");

    static Msg key(char c) {
        return new Msg.KeyPress(Key.ch(c), Fixtures.T0);
    }

    static Msg key(Key.Kind kind) {
        return new Msg.KeyPress(Key.of(kind), Fixtures.T0);
    }

    static Update update(ScreenModel m, Msg msg, Env env) {
        App.Step s = App.update(new AppModel(m, env), msg);
        return new Update(s.model().screen(), s.effects());
    }

    @Test
    void tOnHomeAsksForTheStatisticsAndComesBackToTheSameHome() {
        HomeModel home = LearnerFixtures.home("default");
        Update u = update(home, key('t'), ENV);
        assertThat(u.effects()).containsExactly(new Effect.AskLearner(new LearnerRequest.ShowStats(home)));
        ScreenModel shown = LearnerRequests.run(new LearnerRequest.ShowStats(home), new LearnerFixtures.FakeLearner(),
                Fixtures::home, Fixtures.T0);
        assertThat(shown).isEqualTo(StatsModel.of(REPORT, home));
        assertThat(update(shown, key(Key.Kind.ESCAPE), ENV).model()).isEqualTo(home);
        assertThat(update(shown, key('q'), ENV).model()).isEqualTo(home); // q goes back here; it does not quit
        assertThat(update(shown, key('q'), ENV).effects()).isEmpty();
    }

    @Test
    void theHomeFooterShowsTheStatsKeyOnlyWithAProgressStore() {
        String withStore = Frame.footer(HomeScreen.view(LearnerFixtures.home("default"), ENV).keys(), 78).text();
        assertThat(withStore).contains("t stats").contains("p profile");
        assertThat(Frame.footer(HomeScreen.view(Fixtures.home(), ENV).keys(), 78).text()).doesNotContain("stats");
    }

    @Test
    void tOnTheResultsOpensTheStatisticsAndEscComesBack() {
        Harness h = new Harness(Fixtures.quiz(Fixtures.session(QuizConfig.practice())), 80, 24);
        h.loop.withLearner(new LearnerFixtures.FakeLearner());
        h.keys("<esc>", "r");
        ResultsModel results = (ResultsModel) h.screenModel();
        assertThat(h.text()).contains("t stats");
        h.keys("t");
        assertThat(h.screenModel()).isInstanceOf(StatsModel.class);
        assertThat(h.text()).contains("Statistics · default").contains("Accuracy by topic");
        h.keys("<esc>");
        assertThat(h.screenModel()).isEqualTo(results);
    }

    @Test
    void ctrlCQuits() {
        StatsModel m = StatsModel.of(REPORT, Fixtures.home());
        assertThat(update(m, new Msg.KeyPress(Key.ctrl('c'), Fixtures.T0), ENV).effects())
                .containsExactly(new Effect.Exit(130));
    }

    @Test
    void scrollingStopsAtBothEnds() {
        Env small = new Env(new Size(40, 12), Display.of(true));
        StatsModel m = StatsModel.of(REPORT, Fixtures.home());
        int body = StatsScreen.view(m, small).body().size();
        int max = body - Frame.bodyHeight(small.size());
        assertThat(max).isPositive();
        assertThat(((StatsModel) update(m, key(Key.Kind.UP), small).model()).scroll()).isZero();
        assertThat(((StatsModel) update(m, key(Key.Kind.DOWN), small).model()).scroll()).isEqualTo(1);
        assertThat(((StatsModel) update(m, key(Key.Kind.PAGE_DOWN), small).model()).scroll())
                .isEqualTo(Frame.bodyHeight(small.size()) - 1);
        StatsModel end = (StatsModel) update(m, key(Key.Kind.END), small).model();
        assertThat(end.scroll()).isEqualTo(max);
        assertThat(((StatsModel) update(end, key(Key.Kind.DOWN), small).model()).scroll()).isEqualTo(max);
        assertThat(((StatsModel) update(end, key(Key.Kind.HOME), small).model()).scroll()).isZero();
    }

    /** Every percentage, fraction and the streak line of {@code newsquiz stats} are on the screen too. */
    @Test
    void theScreenShowsTheFiguresOfTheStatsCommand() {
        String text = StatsText.render(REPORT, 100);
        List<String> screen = StatsLines.of(REPORT, Display.of(true), 78).stream().map(Line::text).toList();
        String all = String.join("\n", screen).replaceAll(" +", " ");
        List<String> figures = tokens(text, "\\d+% +\\d+/\\d+|\\d+/\\d+ +\\d+%");
        assertThat(figures).hasSize(REPORT.topics().size() + REPORT.sessions().size());
        for (String figure : figures) {
            assertThat(all).contains(figure.replaceAll(" +", " "));
        }
        for (String pct : tokens(text, "\\d+%")) {
            assertThat(all).contains(pct);
        }
        assertThat(all).contains("Day streak: 4 days, answer something today to keep it (longest 6 days)")
                .contains("Seen 8").contains("Mastered 2").contains("Due today 3").contains("Learning 3")
                .contains("Answers 20 (55% right)").contains("Edited since answered: 1");
    }

    private static List<String> tokens(String text, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void barsAreAsLongAsTheirShareInBothCharacterSets() {
        Line utf8 = ChartBar.of(3, 4, 8, Display.of(true));
        assertThat(utf8.text()).isEqualTo("██████░░");
        Line half = ChartBar.of(1, 16, 8, Display.of(true));
        assertThat(half.text()).isEqualTo("▌░░░░░░░"); // half a cell, in eighths
        assertThat(ChartBar.of(3, 4, 8, Display.of(false)).text()).isEqualTo("######..");
        assertThat(ChartBar.of(1, 100, 8, Display.of(false)).text()).isEqualTo("#......."); // tiny but visible
        assertThat(ChartBar.of(0, 0, 4, Display.of(false)).text()).isEqualTo("....");
    }

    @Test
    void nothingAnsweredYetSaysSo() {
        StatsReport empty = Learner.NONE.stats(Fixtures.T0);
        Harness h = new Harness(StatsModel.of(empty, Fixtures.home()), 80, 24);
        assertThat(h.text()).contains("No answers yet for default. Take a quiz and your progress will show here.");
        Golden.check("stats-empty-80x24", h.text());
    }

    @ParameterizedTest(name = "{0}x{1} utf8={2}")
    @CsvSource({"80,24,true", "40,12,true", "40,12,false"})
    void goldens(int columns, int rows, boolean utf8) {
        Harness h = new Harness(StatsModel.of(REPORT, Fixtures.home()), columns, rows, Display.of(utf8), utf8);
        String name = "stats-" + (utf8 ? "" : "ascii-") + columns + "x" + rows;
        assertThat(h.text()).doesNotContain("Make the window bigger");
        Golden.check(name, h.text());
        h.keys("<pgdn>");
        Golden.check(name + "-page2", h.text());
        if (!utf8) {
            assertThat(h.text().chars().allMatch(c -> c < 128)).as("ASCII only").isTrue();
        }
        h.keys("?");
        assertThat(h.text()).contains("Help").contains("Figures as in newsquiz stats.");
    }
}
