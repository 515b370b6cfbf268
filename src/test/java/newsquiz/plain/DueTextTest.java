package newsquiz.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import newsquiz.progress.ReviewQueue;
import org.junit.jupiter.api.Test;

class DueTextTest {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void spans() {
        assertThat(DueText.span(Duration.ofMillis(59_999))).isEqualTo("1 min");
        assertThat(DueText.span(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(DueText.span(Duration.ofMinutes(10))).isEqualTo("10 min");
        assertThat(DueText.span(Duration.ofHours(5).plusMinutes(10))).isEqualTo("5 h");
        assertThat(DueText.span(Duration.ofDays(1))).isEqualTo("1 day");
        assertThat(DueText.span(Duration.ofDays(46))).isEqualTo("46 days");
        assertThat(DueText.span(Duration.ofDays(163))).isEqualTo("5 months");
        assertThat(DueText.span(Duration.ofDays(498))).isEqualTo("1.4 years");
        assertThat(DueText.span(Duration.ofDays(730))).isEqualTo("2 years");
        assertThat(DueText.span(Duration.ofSeconds(-5))).isEqualTo("0 s");
    }

    @Test
    void whenInTheLearnersZone() {
        assertThat(DueText.when(NOW.plus(Duration.ofHours(23)), NOW, ZoneId.of("Asia/Baku")))
                .isEqualTo("2025-03-02 13:00 (in 23 h)");
    }

    @Test
    void nothingDueSaysWhenNextAndWhatTheLimitHoldsBack() {
        ReviewQueue q = new ReviewQueue(List.of(), NOW.plus(Duration.ofDays(3)), 4, 1);
        assertThat(DueText.nothingDue(q, "'Charter'", NOW, ZoneOffset.UTC)).containsExactly(
                "Nothing to review now in 'Charter'.",
                "Next review due: 2025-03-04 10:00 (in 3 days).",
                "4 new questions wait for tomorrow: today's limit of 1 new question is reached (--new-per-day N to change it).");
        assertThat(DueText.nothingDue(new ReviewQueue(List.of(), null, 0, 20), "all 2 banks", NOW, ZoneOffset.UTC))
                .containsExactly("Nothing to review now in all 2 banks.", "There are no questions to learn here yet.");
        assertThat(DueText.afterSession(new ReviewQueue(List.of(), NOW.plusSeconds(600), 0, 20), NOW, ZoneOffset.UTC))
                .isEqualTo("Next review due: 2025-03-01 10:10 (in 10 min).");
    }
}
