package newsquiz.engine;

/**
 * How many typing slips an answer may contain, by its length in letters: none up to
 * {@code exactUpTo} letters, one up to {@code oneEditUpTo} letters, two beyond. Short words get no
 * slack because one edit turns them into other words ("Iran" → "Iraq").
 *
 * <p>Length is counted in letters only (digits, spaces and punctuation do not count), on the
 * accepted answer's normalised form: the answer key, not the learner's attempt, sets the budget.
 */
public record TypoPolicy(int exactUpTo, int oneEditUpTo) {

    /** The rule: none for 1-4 letters, one for 5-8, two for 9 or more. */
    public static final TypoPolicy STANDARD = new TypoPolicy(4, 8);

    public TypoPolicy {
        if (exactUpTo < 0 || oneEditUpTo < exactUpTo) {
            throw new IllegalArgumentException(
                    "need 0 <= exactUpTo <= oneEditUpTo, got " + exactUpTo + ", " + oneEditUpTo);
        }
    }

    /** Edits allowed for an answer of {@code letters} letters: 0, 1 or 2. */
    public int allowedEdits(int letters) {
        if (letters <= exactUpTo) {
            return 0;
        }
        return letters <= oneEditUpTo ? 1 : 2;
    }

    /** Edits allowed for {@code answer}, counting its letters. */
    public int allowedEdits(CharSequence answer) {
        return allowedEdits(letters(answer));
    }

    /** Number of letters (Unicode letters, by code point) in {@code s}. */
    public static int letters(CharSequence s) {
        return (int) s.codePoints().filter(Character::isLetter).count();
    }
}
