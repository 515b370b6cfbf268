package newsquiz.bank;

import java.util.List;

/**
 * A sentence with numbered blanks written {@code {{1}}}, {@code {{2}}}, ... in {@code text}.
 * Blank n is {@code blanks.get(n - 1)}. Scored by the fraction of blanks filled right.
 */
public record Cloze(QuestionInfo info, String text, List<Blank> blanks) implements Question {

    public Cloze {
        blanks = List.copyOf(blanks);
    }

    /**
     * One blank: typed ({@code choices} empty, any of {@code accept} is right, with the same
     * case/typo options as a short answer) or picked from its own {@code choices}
     * ({@code accept} then holds exactly the one right choice).
     */
    public record Blank(List<String> accept, List<String> choices, boolean caseSensitive, boolean typos) {
        public Blank {
            accept = List.copyOf(accept);
            choices = choices == null ? List.of() : List.copyOf(choices);
        }

        public boolean hasChoices() {
            return !choices.isEmpty();
        }
    }

    @Override
    public QuestionType type() {
        return QuestionType.CLOZE;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.cloze(this);
    }
}
