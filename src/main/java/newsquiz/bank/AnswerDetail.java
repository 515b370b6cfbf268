package newsquiz.bank;

/**
 * Credit and feedback for one answer a learner might give, as quiz formats such as GIFT (Moodle)
 * carry them: "Bethlehem" earns 25% and shows "He was born here, but not raised here."
 *
 * <p>{@code answer} names the answer in the question's own terms: a choice's text, an accepted
 * (or partly accepted) typed answer, {@code true}/{@code false}, a numeric answer written
 * {@code value}, {@code value:tolerance} or {@code min..max}, or {@code *} for "any other answer".
 * Details that match nothing in the question are kept, so an import/export round trip loses nothing.
 *
 * @param credit   percent of the question's points, -100 to 100 (negative: a penalty)
 * @param feedback shown after answering; empty when there is none
 */
public record AnswerDetail(String answer, double credit, String feedback) {

    public AnswerDetail {
        answer = answer == null ? "" : answer;
        feedback = feedback == null ? "" : feedback;
    }
}
