package newsquiz.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import newsquiz.bank.Question;
import newsquiz.progress.fsrs.Rating;

/**
 * A flashcard session: each card's prompt is shown, the learner reveals the answer, then grades
 * themselves (Again, Hard, Good, Easy), and may take grades back, the last first. Immutable and
 * pure: every action takes {@code now} and returns the next session; a grade comes with the
 * {@link AnswerEvent} for the front end to record ({@link ProgressStore#recordAnswer}) before it shows
 * the next card, and an undo is mirrored by {@link ProgressStore#undoLastGrade}.
 *
 * <p>Keys, for front ends: Space or Enter reveals; 1-4 grade; Space or Enter on a revealed card is
 * {@link #DEFAULT_GRADE}; u undoes.
 */
public final class FlashcardSession {

    /** What Enter (or Space) means once the answer is showing. */
    public static final Rating DEFAULT_GRADE = Rating.GOOD;

    /** A card: a question of a bank. */
    public record Card(String bankId, Question question) {
        public Card {
            Objects.requireNonNull(bankId, "bankId");
            Objects.requireNonNull(question, "question");
        }

        public static List<Card> of(ReviewQueue queue) {
            List<Card> cards = new ArrayList<>();
            for (ReviewQueue.Entry e : queue.entries()) {
                cards.add(new Card(e.bankId(), e.question()));
            }
            return cards;
        }
    }

    /** A grade given: to which card, which grade, time from showing the card to grading it, and when. */
    public record Graded(Card card, Rating rating, long elapsedMillis, Instant at) {
    }

    /** The result of a grade: the next session, and the answer to record. */
    public record Step(FlashcardSession next, AnswerEvent event) {
    }

    private final List<Card> cards;
    private final List<Graded> graded;
    private final boolean revealed;
    private final Instant shownAt;
    private final Instant startedAt;
    private final Instant endedAt;

    private FlashcardSession(List<Card> cards, List<Graded> graded, boolean revealed, Instant shownAt,
                             Instant startedAt, Instant endedAt) {
        this.cards = cards;
        this.graded = graded;
        this.revealed = revealed;
        this.shownAt = shownAt;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
    }

    public static FlashcardSession start(List<Card> cards, Instant now) {
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("a flashcard session needs at least one card");
        }
        return new FlashcardSession(List.copyOf(cards), List.of(), false, now, now, null);
    }

    public boolean finished() {
        return endedAt != null || graded.size() >= cards.size();
    }

    /** The card showing now; null once finished. */
    public Card current() {
        return finished() ? null : cards.get(graded.size());
    }

    /** 1-based number of the current card (the last card's number once finished). */
    public int number() {
        return Math.min(graded.size() + 1, cards.size());
    }

    public int total() {
        return cards.size();
    }

    public List<Card> cards() {
        return cards;
    }

    /** Whether the current card's answer is showing. */
    public boolean revealed() {
        return revealed;
    }

    /** When the current card was shown. */
    public Instant shownAt() {
        return shownAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The grades given, in order. */
    public List<Graded> graded() {
        return graded;
    }

    /** Shows the current card's answer. Does nothing once it shows or the session is over. */
    public FlashcardSession reveal(Instant now) {
        if (finished() || revealed) {
            return this;
        }
        return new FlashcardSession(cards, graded, true, shownAt, startedAt, endedAt);
    }

    /**
     * Grades the current card and moves to the next one.
     *
     * @throws IllegalStateException if the answer is not showing or the session is over
     */
    public Step grade(Rating rating, Instant now) {
        Objects.requireNonNull(rating, "rating");
        if (finished()) {
            throw new IllegalStateException("the flashcard session is over");
        }
        if (!revealed) {
            throw new IllegalStateException("reveal the answer before grading");
        }
        Card card = current();
        long elapsed = Math.max(0, Duration.between(shownAt, now).toMillis());
        List<Graded> all = new ArrayList<>(graded);
        all.add(new Graded(card, rating, elapsed, now));
        FlashcardSession next = new FlashcardSession(cards, List.copyOf(all), false, now, startedAt, endedAt);
        return new Step(next, AnswerEvent.selfGraded(card.bankId(), card.question(), rating, elapsed, now));
    }

    public boolean canUndo() {
        return !graded.isEmpty();
    }

    /** The grade {@link #undo} would take back; null when there is none. */
    public Graded lastGraded() {
        return graded.isEmpty() ? null : graded.get(graded.size() - 1);
    }

    /**
     * Takes back the last grade: its card shows again, answer revealed, waiting for a grade; the time
     * it had taken is kept. Also reopens a session that was over.
     *
     * @throws IllegalStateException if nothing was graded
     */
    public FlashcardSession undo(Instant now) {
        Graded last = lastGraded();
        if (last == null) {
            throw new IllegalStateException("no grade to take back");
        }
        return new FlashcardSession(cards, List.copyOf(graded.subList(0, graded.size() - 1)), true,
                now.minusMillis(last.elapsedMillis()), startedAt, null);
    }

    /** Ends the session now; the cards not graded stay as they were. */
    public FlashcardSession finish(Instant now) {
        if (endedAt != null) {
            return this;
        }
        return new FlashcardSession(cards, graded, revealed, shownAt, startedAt, now);
    }

    /** How many cards got {@code rating}. */
    public int count(Rating rating) {
        int n = 0;
        for (Graded g : graded) {
            n += g.rating() == rating ? 1 : 0;
        }
        return n;
    }

    /** Cards recalled (graded anything but Again): the session's score, out of the cards graded. */
    public int recalled() {
        return graded.size() - count(Rating.AGAIN);
    }

    /** From the start to the end (or to the last grade while it goes on). */
    public Duration duration() {
        Instant end = endedAt != null ? endedAt : graded.isEmpty() ? startedAt : lastGraded().at();
        return Duration.between(startedAt, end);
    }

    /** The session for the score history; null when nothing was graded. */
    public SessionRecord sessionRecord(String bankId) {
        if (graded.isEmpty()) {
            return null;
        }
        return new SessionRecord(startedAt, bankId, "flashcards", recalled(), graded.size(), duration().toMillis());
    }
}
