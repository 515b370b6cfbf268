package newsquiz.progress.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.Question;
import newsquiz.bank.QuestionInfo;
import newsquiz.progress.AnswerEvent;
import newsquiz.progress.ProfileSnapshot;
import newsquiz.progress.ProgressStore;
import newsquiz.progress.SessionRecord;
import newsquiz.progress.fsrs.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatisticsTest {

    static final Instant DAY1 = Instant.parse("2025-03-01T10:00:00Z");
    static final ZoneId UTC = ZoneOffset.UTC;

    @TempDir
    Path dir;

    static Question q(String id, String... topics) {
        return new MultipleChoice(new QuestionInfo(id, "Prompt " + id, "", List.of(topics), 2, 1, null, null),
                List.of("a", "b"), 0);
    }

    /** Three days of study: q1 (energy) always right, q2 (energy, security) wrong then right, q3 no topic. */
    ProfileSnapshot history() {
        try (ProgressStore store = ProgressStore.open(dir, "ana", Clock.fixed(DAY1, UTC)).store()) {
            Question q1 = q("q1", "energy");
            Question q2 = q("q2", "energy", "security");
            Question q3 = q("q3");
            for (int day = 0; day < 3; day++) {
                Instant t = DAY1.plus(Duration.ofDays(day));
                store.recordAnswer(AnswerEvent.selfGraded("b", q1, Rating.EASY, 2000, t));
                store.recordAnswer(AnswerEvent.selfGraded("b", q2, day == 0 ? Rating.AGAIN : Rating.GOOD, 2000,
                        t.plusSeconds(60)));
                store.recordSession(new SessionRecord(t, "b", "practice", day + 1, 3, 120_000));
            }
            store.recordAnswer(AnswerEvent.answered("b", q3, "a", 1, true, false, 999_999, DAY1));
            return store.snapshot();
        }
    }

    @Test
    void computesTotalsTopicsRetentionAndStreak() {
        Instant now = DAY1.plus(Duration.ofDays(2)).plusSeconds(3600);
        StatsReport r = Statistics.compute(history(), now, UTC, 0.9);
        assertThat(r.profile()).isEqualTo("ana");
        assertThat(r.today()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(r.totals().seen()).isEqualTo(3);
        assertThat(r.totals().answers()).isEqualTo(7);
        assertThat(r.totals().correct()).isEqualTo(6);
        assertThat(r.topics()).extracting(StatsReport.TopicAccuracy::topic)
                .containsExactly("(no topic)", "energy", "security");
        StatsReport.TopicAccuracy energy = r.topics().get(1);
        assertThat(energy.questions()).isEqualTo(2);
        assertThat(energy.attempts()).isEqualTo(6);
        assertThat(energy.correct()).isEqualTo(5);
        assertThat(r.sessions()).hasSize(3);
        assertThat(r.sessions().get(2).fraction()).isEqualTo(1.0);
        assertThat(r.dueNext14Days()).hasSize(14);
        assertThat(r.dueNext14Days().get(0).date()).isEqualTo(r.today());
        // q2 (relearnt) and q3 (in a learning step, overdue) are due soon; q1 is mastered, due later
        assertThat(r.dueNext14Days().stream().mapToInt(StatsReport.DayCount::count).sum()).isEqualTo(2);
        assertThat(r.dueNext14Days().get(0).count()).isEqualTo(1);
        assertThat(r.totals().mastered()).isEqualTo(1);
        // q1's reviews on day 2 and 3 were of a review card; q2 was relearning/learning
        assertThat(r.retention().reviews()).isGreaterThanOrEqualTo(2);
        assertThat(r.retention().achieved()).isEqualTo(1.0);
        assertThat(r.streak().current()).isEqualTo(3);
        assertThat(r.streak().longest()).isEqualTo(3);
        assertThat(r.streak().activeToday()).isTrue();
    }

    @Test
    void streakSurvivesUntilTheEndOfTheNextDayOnly() {
        ProfileSnapshot h = history();
        assertThat(Statistics.compute(h, DAY1.plus(Duration.ofDays(3)), UTC, 0.9).streak())
                .satisfies(s -> {
                    assertThat(s.current()).isEqualTo(3);
                    assertThat(s.activeToday()).isFalse();
                });
        assertThat(Statistics.compute(h, DAY1.plus(Duration.ofDays(5)), UTC, 0.9).streak().current()).isZero();
    }

    @Test
    void textHasBarsAndNumbers() {
        StatsReport r = Statistics.compute(history(), DAY1.plus(Duration.ofDays(2)).plusSeconds(3600), UTC, 0.9);
        String text = StatsText.render(r, 80);
        assertThat(text).contains("Progress of ana, 2025-03-03")
                .contains("Questions seen      3")
                .contains("Accuracy by topic")
                .contains("Score history")
                .contains("Reviews due, next 14 days")
                .contains("Retention: 100% of")
                .contains("Day streak: 3 days (longest 3 days)")
                .contains("\u2588");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        String energy = text.lines().filter(l -> l.startsWith("  energy")).findFirst().orElseThrow();
        assertThat(energy).contains("83%").contains("5/6");
    }

    @Test
    void emptyProfileSaysSo() {
        StatsReport r = Statistics.compute(ProfileSnapshot.empty("new"), DAY1, UTC, 0.9);
        assertThat(StatsText.render(r, 80)).contains("No answers yet");
        assertThat(r.streak().current()).isZero();
    }

    @Test
    void jsonAndCsv() throws Exception {
        StatsReport r = Statistics.compute(history(), DAY1.plus(Duration.ofDays(2)), UTC, 0.9);
        JsonNode json = new ObjectMapper().readTree(StatsJson.render(r));
        assertThat(json.path("totals").path("seen").asInt()).isEqualTo(3);
        assertThat(json.path("topics")).hasSize(3);
        assertThat(json.path("dueNext14Days")).hasSize(14);
        assertThat(json.path("retention").path("target").asDouble()).isEqualTo(0.9);
        assertThat(json.path("streak").path("current").asInt()).isEqualTo(3);
        String csv = StatsCsv.render(r);
        assertThat(csv).startsWith("section,key,value,correct,total\r\n")
                .contains("topic,energy,0.8333,5,6\r\n").contains("totals,seen,3,,\r\n");
        assertThat(StatsCsv.escape("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
    }

    @Test
    void barsUseEighths() {
        assertThat(Bars.bar(1, 1, 4)).isEqualTo("\u2588\u2588\u2588\u2588");
        assertThat(Bars.bar(0.5, 1, 4)).isEqualTo("\u2588\u2588  ");
        assertThat(Bars.bar(1, 4, 2)).isEqualTo("\u258C ");
        assertThat(Bars.bar(1, 16, 2)).isEqualTo("\u258F ");
        assertThat(Bars.bar(0.001, 1, 4)).isEqualTo("\u258F   ");
        assertThat(Bars.bar(0, 1, 3)).isEqualTo("   ");
    }
}
