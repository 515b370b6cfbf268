package newsquiz.bank;

import java.util.Optional;

/** The eight question types and the names they carry in bank files. */
public enum QuestionType {
    MULTIPLE_CHOICE("multiple_choice"),
    MULTIPLE_SELECT("multiple_select"),
    TRUE_FALSE("true_false"),
    SHORT_ANSWER("short_answer"),
    NUMERIC("numeric"),
    CLOZE("cloze"),
    MATCHING("matching"),
    ORDERING("ordering");

    private final String jsonName;

    QuestionType(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Optional<QuestionType> fromJsonName(String name) {
        for (QuestionType t : VALUES) {
            if (t.jsonName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static final QuestionType[] VALUES = values();
}
