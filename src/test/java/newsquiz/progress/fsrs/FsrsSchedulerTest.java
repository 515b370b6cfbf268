package newsquiz.progress.fsrs;

import static newsquiz.progress.fsrs.Rating.AGAIN;
import static newsquiz.progress.fsrs.Rating.EASY;
import static newsquiz.progress.fsrs.Rating.GOOD;
import static newsquiz.progress.fsrs.Rating.HARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The scheduler vectors from py-fsrs, fsrs-rs and ts-fsrs (notes §2.1-§2.4) and property checks. */
class FsrsSchedulerTest {

    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");
    private final FsrsScheduler scheduler = FsrsScheduler.withDefaults();

    @Test
    void intervalHistoryGoodSixAgainTwiceGoodFive() {
        List<Rating> ratings = List.of(GOOD, GOOD, GOOD, GOOD, GOOD, GOOD, AGAIN, AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD);
        Card card = Card.NEW;
        Instant now = START;
        List<Long> history = new ArrayList<>();
        for (Rating r : ratings) {
            card = scheduler.review(card, r, now);
            history.add(Duration.between(card.lastReview(), card.due()).toDays());
            now = card.due();
        }
        assertThat(history).containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
        assertThat(card.stability()).isCloseTo(20.77035728499242, within(1e-9));
        assertThat(card.difficulty()).isCloseTo(9.055759917231622, within(1e-9));
    }

    @Test
    void perStepTraceMatchesPyFsrs() {
        List<Rating> ratings = List.of(GOOD, GOOD, GOOD, GOOD, GOOD, GOOD, AGAIN, AGAIN);
        double[] s = {2.3065, 2.3065, 10.971048263078135, 46.316858440073425, 162.99981577472244,
                497.8765551245907, 6.890412507565338, 2.154598374301973};
        double[] d = {2.118103970459016, 2.111214235785395, 2.1043313908464483, 2.0974554287524403,
                2.0905863426205262, 2.083724125574744, 7.383202320049203, 9.125104766121234};
        Card card = Card.NEW;
        Instant now = START;
        for (int i = 0; i < ratings.size(); i++) {
            card = scheduler.review(card, ratings.get(i), now);
            assertThat(card.stability()).as("S after review %d", i + 1).isCloseTo(s[i], within(1e-9));
            assertThat(card.difficulty()).as("D after review %d", i + 1).isCloseTo(d[i], within(1e-9));
            now = card.due();
        }
        assertThat(card.state()).isEqualTo(CardState.RELEARNING);
    }

    @Test
    void memoryStateAgainThenGoodsAtGaps() {
        assertThat(memoryState(scheduler)).satisfies(c -> {
            assertThat(c.stability()).isCloseTo(53.62691, within(1e-4));
            assertThat(c.difficulty()).isCloseTo(6.3574867, within(1e-4));
        });
    }

    @Test
    void memoryStateWithShortTermFrozen() {
        FsrsParameters frozen = FsrsParameters.DEFAULT.with(17, 0).with(18, 0).with(19, 0);
        FsrsScheduler s = new FsrsScheduler(SchedulerConfig.DEFAULT.withParameters(frozen));
        Card c = memoryState(s);
        assertThat(c.stability()).isCloseTo(53.335106, within(1e-4));
        assertThat(c.difficulty()).isCloseTo(6.3574867, within(1e-4));
    }

    private static Card memoryState(FsrsScheduler s) {
        List<Rating> ratings = List.of(AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD);
        int[] gaps = {0, 0, 1, 3, 8, 21};
        Card card = Card.NEW;
        Instant now = START;
        for (int i = 0; i < ratings.size(); i++) {
            now = now.plus(Duration.ofDays(gaps[i]));
            card = s.review(card, ratings.get(i), now);
        }
        return card;
    }

    @Test
    void intervalsAtStabilityOneForRetentionTenthToOne() {
        long[] expected = {3116769, 34793, 2508, 387, 90, 27, 9, 3, 1, 1};
        for (int i = 1; i <= 10; i++) {
            FsrsScheduler s = new FsrsScheduler(SchedulerConfig.DEFAULT.withDesiredRetention(i / 10.0)
                    .withMaximumInterval(Integer.MAX_VALUE));
            assertThat(s.nextIntervalDays(1.0)).as("retention %d/10", i).isEqualTo(expected[i - 1]);
        }
        assertThat(scheduler.nextIntervalDays(1.0)).isEqualTo(1);
        assertThat(new FsrsScheduler(SchedulerConfig.DEFAULT.withDesiredRetention(0.1)).nextIntervalDays(1.0))
                .isEqualTo(36500);
    }

    @Test
    void firstRepeat() {
        FsrsScheduler.Outcomes o = scheduler.preview(Card.NEW, START);
        assertThat(o.again().stability()).isEqualTo(0.212);
        assertThat(o.hard().difficulty()).isCloseTo(5.11217071, within(1e-8));
        assertThat(o.easy().difficulty()).isEqualTo(1.0);
        assertThat(o.easy().state()).isEqualTo(CardState.REVIEW);
        assertThat(Duration.between(START, o.easy().due()).toDays()).isEqualTo(8);
    }

    @Test
    void repeatedEasyKeepsDifficultyAtOne() {
        Card card = Card.NEW;
        for (int i = 0; i < 10; i++) {
            card = scheduler.review(card, EASY, START.plusNanos(1000L * i));
        }
        assertThat(card.difficulty()).isEqualTo(1.0);
    }

    @Test
    void learningAndRelearningSteps() {
        FsrsScheduler.Outcomes o = scheduler.preview(Card.NEW, START);
        assertThat(o.good().state()).isEqualTo(CardState.LEARNING);
        assertThat(o.good().step()).isEqualTo(1);
        assertThat(Duration.between(START, o.good().due())).isEqualTo(Duration.ofMinutes(10));
        assertThat(Duration.between(START, o.again().due())).isEqualTo(Duration.ofMinutes(1));
        assertThat(o.again().step()).isZero();
        assertThat(Duration.between(START, o.hard().due())).isEqualTo(Duration.ofSeconds(330));
        assertThat(o.hard().step()).isZero();
        assertThat(Duration.between(START, o.easy().due())).isGreaterThanOrEqualTo(Duration.ofDays(1));

        Card second = scheduler.review(o.good(), GOOD, o.good().due());
        assertThat(second.state()).isEqualTo(CardState.REVIEW);
        assertThat(Duration.between(second.lastReview(), second.due())).isGreaterThanOrEqualTo(Duration.ofDays(1));

        Card lapse = scheduler.review(second, AGAIN, second.due());
        assertThat(lapse.state()).isEqualTo(CardState.RELEARNING);
        assertThat(lapse.step()).isZero();
        assertThat(lapse.lapses()).isEqualTo(1);
        assertThat(Duration.between(lapse.lastReview(), lapse.due())).isEqualTo(Duration.ofMinutes(10));

        Card again = scheduler.review(lapse, AGAIN, lapse.due());
        assertThat(again.state()).isEqualTo(CardState.RELEARNING);
        assertThat(Duration.between(again.lastReview(), again.due())).isEqualTo(Duration.ofMinutes(10));

        Card relearned = scheduler.review(again, GOOD, again.due());
        assertThat(relearned.state()).isEqualTo(CardState.REVIEW);
        assertThat(Duration.between(relearned.lastReview(), relearned.due()))
                .isGreaterThanOrEqualTo(Duration.ofDays(1));
    }

    @Test
    void fuzzRangesMatchPyFsrs() {
        int[][] expected = {{3, 2, 4}, {4, 3, 5}, {5, 4, 6}, {7, 5, 9}, {10, 8, 12}, {15, 13, 17}, {20, 17, 23},
                {30, 27, 33}, {50, 46, 54}, {100, 93, 107}, {365, 345, 385}};
        for (int[] e : expected) {
            assertThat(FsrsScheduler.fuzzRange(e[0], 36500)).as("ivl %d", e[0]).containsExactly(e[1], e[2]);
        }
    }

    @Test
    void fuzzStaysInRangeAndIsDeterministic() {
        FsrsScheduler fuzzy = new FsrsScheduler(SchedulerConfig.DEFAULT.withFuzz(42));
        assertThat(fuzzy.fuzz(2, new Random(1))).isEqualTo(2);
        Random random = new Random(7);
        boolean sawDifferent = false;
        for (int i = 0; i < 1000; i++) {
            int f = fuzzy.fuzz(100, random);
            assertThat(f).isBetween(93, 107);
            sawDifferent |= f != 100;
        }
        assertThat(sawDifferent).isTrue();
        Card c = memoryState(fuzzy);
        assertThat(memoryState(fuzzy)).isEqualTo(c);
        assertThat(FsrsScheduler.elapsedDays(c, c.due()))
                .isBetween((long) FsrsScheduler.fuzzRange(54, 36500)[0], (long) FsrsScheduler.fuzzRange(54, 36500)[1]);
    }

    @Test
    void propertiesHoldOverRandomHistories() {
        Random random = new Random(2024);
        for (boolean fuzz : new boolean[] {false, true}) {
            SchedulerConfig config = fuzz ? SchedulerConfig.DEFAULT.withFuzz(99) : SchedulerConfig.DEFAULT;
            for (double retention : new double[] {0.7, 0.9, 0.97}) {
                FsrsScheduler s = new FsrsScheduler(config.withDesiredRetention(retention));
                for (int run = 0; run < 200; run++) {
                    Card card = Card.NEW;
                    Instant now = START;
                    for (int i = 0; i < 30; i++) {
                        FsrsScheduler.Outcomes o = s.preview(card, now);
                        Duration previous = Duration.ZERO;
                        for (Rating r : Rating.values()) {
                            Card next = o.get(r);
                            assertThat(next.stability()).isGreaterThan(0);
                            assertThat(next.difficulty()).isBetween(1.0, 10.0);
                            Duration ivl = Duration.between(now, next.due());
                            assertThat(ivl).as("%s after %s", r, card).isGreaterThanOrEqualTo(previous);
                            previous = ivl;
                        }
                        Rating pick = Rating.of(1 + random.nextInt(4));
                        card = o.get(pick);
                        // review early, on time or late
                        long gap = Duration.between(now, card.due()).toMillis();
                        now = now.plusMillis((long) (gap * (0.2 + random.nextDouble() * 2)) + 1);
                    }
                }
            }
        }
    }
}
