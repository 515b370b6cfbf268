package newsquiz.engine;

import newsquiz.bank.Question;

/** A question as it appears in one quiz: the question plus how its lists are shuffled. */
public record QuizItem(Question question, Presentation presentation) {
}
