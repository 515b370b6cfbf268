package newsquiz.bank;

import java.util.List;

/**
 * A quiz question. The set of types is closed: the engine, both front ends and every
 * import/export format handle each one.
 *
 * <p>Java 17 has no pattern matching in {@code switch}, so code that depends on the type goes
 * through {@link Cases}: adding a type then fails to compile everywhere it is not handled,
 * which is the guarantee a sealed switch would give.
 */
public sealed interface Question permits MultipleChoice, MultipleSelect, TrueFalse, ShortAnswer,
        NumericQuestion, Cloze, Matching, Ordering {

    QuestionInfo info();

    /** The type's name in bank files, e.g. {@code multiple_choice}. */
    QuestionType type();

    <R> R accept(Cases<R> cases);

    /** One method per question type; see {@link Question#accept}. */
    interface Cases<R> {
        R multipleChoice(MultipleChoice q);

        R multipleSelect(MultipleSelect q);

        R trueFalse(TrueFalse q);

        R shortAnswer(ShortAnswer q);

        R numeric(NumericQuestion q);

        R cloze(Cloze q);

        R matching(Matching q);

        R ordering(Ordering q);
    }

    default String id() {
        return info().id();
    }

    default String prompt() {
        return info().prompt();
    }

    default String explanation() {
        return info().explanation();
    }

    default List<String> topics() {
        return info().topics();
    }

    default double points() {
        return info().points();
    }

    default String hint() {
        return info().hint();
    }

    default int difficulty() {
        return info().difficulty();
    }
}
