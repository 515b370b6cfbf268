package newsquiz.progress;

/**
 * A question the learner is weak on, for the weak-spots mode.
 *
 * @param retrievability estimated probability of recall now
 * @param accuracy       correct answers / attempts
 * @param weakness       min(retrievability, accuracy): lower is weaker
 */
public record WeakQuestion(QuestionRef ref, double retrievability, double accuracy, int attempts, double weakness) {
}
