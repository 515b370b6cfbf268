package newsquiz.bank;

import static newsquiz.bank.JsonKey.Holds.INTS;
import static newsquiz.bank.JsonKey.Holds.OBJECT;
import static newsquiz.bank.JsonKey.Holds.OBJECTS;
import static newsquiz.bank.JsonKey.Holds.SCALAR;
import static newsquiz.bank.JsonKey.Holds.STRINGS;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The field names of every kind of object in a bank file (see docs/bank-format.md), one enum each. */
final class BankKeys {

    private BankKeys() {
    }

    /** A bank's top level, except {@code questions} (streamed on its own) and {@code $schema} (not used). */
    enum HeaderKey implements JsonKey {
        SCHEMA_VERSION, ID, TITLE, DESCRIPTION, LANGUAGE, SOURCE(OBJECT, SourceKey.SHAPE), TOPICS(STRINGS, null),
        GENERATED;

        static final ObjectShape SHAPE = new ObjectShape(values());
        private final Holds holds;
        private final ObjectShape nested;

        HeaderKey() {
            this(SCALAR, null);
        }

        HeaderKey(Holds holds, ObjectShape nested) {
            this.holds = holds;
            this.nested = nested;
        }

        @Override
        public Holds holds() {
            return holds;
        }

        @Override
        public ObjectShape nested() {
            return nested;
        }
    }

    /** A bank's {@code source}. */
    enum SourceKey implements JsonKey {
        TITLE, PUBLISHER, AUTHOR, DATE, URL;

        static final ObjectShape SHAPE = new ObjectShape(values());
        static final Set<SourceKey> ALL = EnumSet.allOf(SourceKey.class);
    }

    /** Every field of any question type; {@link #allowed} says which ones a type may have. */
    enum QuestionKey implements JsonKey {
        ID, TYPE, PROMPT, EXPLANATION, TOPICS(STRINGS, null), DIFFICULTY, POINTS, HINT,
        PROVENANCE(OBJECT, ProvenanceKey.SHAPE), ANSWER_DETAILS(OBJECTS, DetailKey.SHAPE),
        CHOICES(STRINGS, null),
        /** An index for multiple_choice, true or false for true_false. */
        ANSWER,
        ANSWERS(INTS, null), ACCEPT(STRINGS, null), CASE_SENSITIVE, TYPOS,
        VALUE, TOLERANCE, RANGE(OBJECT, RangeKey.SHAPE), UNIT,
        TEXT, BLANKS(OBJECTS, BlankKey.SHAPE),
        PAIRS(OBJECTS, PairKey.SHAPE), DISTRACTORS(STRINGS, null),
        ITEMS(STRINGS, null);

        static final ObjectShape SHAPE = new ObjectShape(values());
        private static final Set<QuestionKey> COMMON = EnumSet.range(ID, ANSWER_DETAILS);
        private final Holds holds;
        private final ObjectShape nested;

        QuestionKey() {
            this(SCALAR, null);
        }

        QuestionKey(Holds holds, ObjectShape nested) {
            this.holds = holds;
            this.nested = nested;
        }

        @Override
        public Holds holds() {
            return holds;
        }

        @Override
        public ObjectShape nested() {
            return nested;
        }

        /** The fields a question of {@code type} may have. */
        static Set<QuestionKey> allowed(QuestionType type) {
            return ALLOWED.get(type);
        }

        private static final Map<QuestionType, Set<QuestionKey>> ALLOWED = new EnumMap<>(QuestionType.class);

        static {
            for (QuestionType t : QuestionType.values()) {
                EnumSet<QuestionKey> s = EnumSet.copyOf(COMMON);
                s.addAll(switch (t) {
                    case MULTIPLE_CHOICE -> EnumSet.of(CHOICES, ANSWER);
                    case MULTIPLE_SELECT -> EnumSet.of(CHOICES, ANSWERS);
                    case TRUE_FALSE -> EnumSet.of(ANSWER);
                    case SHORT_ANSWER -> EnumSet.of(ACCEPT, CASE_SENSITIVE, TYPOS);
                    case NUMERIC -> EnumSet.of(VALUE, TOLERANCE, RANGE, UNIT);
                    case CLOZE -> EnumSet.of(TEXT, BLANKS);
                    case MATCHING -> EnumSet.of(PAIRS, DISTRACTORS);
                    case ORDERING -> EnumSet.of(ITEMS);
                });
                ALLOWED.put(t, s);
            }
        }
    }

    /** A question's {@code provenance}: a generator's note, read leniently. */
    enum ProvenanceKey implements JsonKey {
        SENTENCE, START, END;

        static final ObjectShape SHAPE = new ObjectShape(values());
    }

    /** One item of a question's {@code answerDetails}. */
    enum DetailKey implements JsonKey {
        ANSWER, CREDIT, FEEDBACK;

        static final ObjectShape SHAPE = new ObjectShape(values());
        static final Set<DetailKey> ALL = EnumSet.allOf(DetailKey.class);
    }

    /** A numeric question's {@code range}. */
    enum RangeKey implements JsonKey {
        MIN, MAX;

        static final ObjectShape SHAPE = new ObjectShape(values());
        static final Set<RangeKey> ALL = EnumSet.allOf(RangeKey.class);
    }

    /** One of a cloze question's {@code blanks}: picked from {@code choices} or typed ({@code accept}). */
    enum BlankKey implements JsonKey {
        CHOICES(STRINGS), ANSWER(SCALAR), ACCEPT(STRINGS), CASE_SENSITIVE(SCALAR), TYPOS(SCALAR);

        static final ObjectShape SHAPE = new ObjectShape(values());
        static final Set<BlankKey> PICKED = EnumSet.of(CHOICES, ANSWER);
        static final Set<BlankKey> TYPED = EnumSet.of(ACCEPT, CASE_SENSITIVE, TYPOS);
        private final Holds holds;

        BlankKey(Holds holds) {
            this.holds = holds;
        }

        @Override
        public Holds holds() {
            return holds;
        }
    }

    /** One of a matching question's {@code pairs}. */
    enum PairKey implements JsonKey {
        LEFT, RIGHT;

        static final ObjectShape SHAPE = new ObjectShape(values());
        static final Set<PairKey> ALL = EnumSet.allOf(PairKey.class);
    }
}
