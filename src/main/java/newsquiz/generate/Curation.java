package newsquiz.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import newsquiz.bank.Bank;
import newsquiz.bank.BankValidator;
import newsquiz.bank.Cloze;
import newsquiz.bank.Matching;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.MultipleSelect;
import newsquiz.bank.NumericQuestion;
import newsquiz.bank.Ordering;
import newsquiz.bank.Question;
import newsquiz.bank.QuestionInfo;
import newsquiz.bank.ShortAnswer;
import newsquiz.bank.TrueFalse;

/**
 * The review of a generated bank, one question at a time, as an immutable value: each action
 * returns the next state, so the line-mode command and a TUI drive the same model and tests need
 * no terminal.
 *
 * <p>Saving keeps every question not dropped, reviewed or not (so stopping half-way loses
 * nothing). {@code generated} stays true until every question has been kept, edited or dropped:
 * a bank is "curated" only when a person has seen all of it.
 */
public record Curation(Bank original, List<Question> questions, Map<String, Decision> decisions, int index) {

    /** What the reviewer decided about one question. */
    public enum Decision { KEPT, EDITED, DROPPED }

    public Curation {
        questions = List.copyOf(questions);
        decisions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(decisions));
    }

    public static Curation start(Bank bank) {
        return new Curation(bank, bank.questions(), Map.of(), 0);
    }

    public boolean done() {
        return index >= questions.size();
    }

    public Question current() {
        return questions.get(index);
    }

    public int reviewed() {
        return decisions.size();
    }

    public Curation keep() {
        Decision d = decisions.get(current().id()) == Decision.EDITED ? Decision.EDITED : Decision.KEPT;
        return decide(d).next();
    }

    public Curation drop() {
        return decide(Decision.DROPPED).next();
    }

    public Curation back() {
        return new Curation(original, questions, decisions, Math.max(0, index - 1));
    }

    /** The next question without deciding about this one; past the last is {@link #done()}. */
    public Curation forward() {
        return new Curation(original, questions, decisions, Math.min(questions.size(), index + 1));
    }

    private Curation next() {
        return new Curation(original, questions, decisions, index + 1);
    }

    private Curation decide(Decision d) {
        Map<String, Decision> m = new LinkedHashMap<>(decisions);
        m.put(current().id(), d);
        return new Curation(original, questions, m, index);
    }

    private Curation replaceCurrent(Question q) {
        List<Question> qs = new ArrayList<>(questions);
        qs.set(index, q);
        Map<String, Decision> m = new LinkedHashMap<>(decisions);
        m.put(q.id(), Decision.EDITED);
        return new Curation(original, qs, m, index);
    }

    public Curation editPrompt(String prompt) {
        requireText(prompt, "prompt");
        return replaceCurrent(withInfo(current(), current().info().withPrompt(prompt.strip())));
    }

    public Curation editExplanation(String explanation) {
        requireText(explanation, "explanation");
        return replaceCurrent(withInfo(current(), current().info().withExplanation(explanation.strip())));
    }

    /**
     * Replaces the wrong options (multiple choice, multiple select, a cloze's first blank with
     * choices); the right ones stay. Throws {@link IllegalArgumentException} with a message for
     * the user when the question has no distractors or the new ones clash with the key.
     */
    public Curation editDistractors(List<String> distractors) {
        List<String> clean = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String d : distractors) {
            String t = d.strip();
            if (!t.isEmpty() && seen.add(t.toLowerCase(Locale.ROOT))) {
                clean.add(t);
            }
        }
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("give at least one distractor");
        }
        return replaceCurrent(current().accept(new Question.Cases<Question>() {
            @Override
            public Question multipleChoice(MultipleChoice q) {
                String key = q.choices().get(q.answer());
                reject(clean, List.of(key));
                List<String> choices = new ArrayList<>(clean);
                int at = Math.min(q.answer(), choices.size());
                choices.add(at, key);
                return new MultipleChoice(q.info(), choices, at);
            }

            @Override
            public Question multipleSelect(MultipleSelect q) {
                List<String> keys = new ArrayList<>();
                for (int i : q.answers().stream().sorted().toList()) {
                    keys.add(q.choices().get(i));
                }
                reject(clean, keys);
                List<String> choices = new ArrayList<>(keys);
                choices.addAll(clean);
                Set<Integer> answers = new HashSet<>();
                for (int i = 0; i < keys.size(); i++) {
                    answers.add(i);
                }
                return new MultipleSelect(q.info(), choices, answers);
            }

            @Override
            public Question cloze(Cloze q) {
                if (q.blanks().isEmpty() || !q.blanks().get(0).hasChoices()) {
                    throw new IllegalArgumentException("this gap is typed; it has no distractors");
                }
                Cloze.Blank b = q.blanks().get(0);
                reject(clean, b.accept());
                List<String> choices = new ArrayList<>(clean);
                choices.add(0, b.accept().get(0));
                List<Cloze.Blank> blanks = new ArrayList<>(q.blanks());
                blanks.set(0, new Cloze.Blank(b.accept(), choices, b.caseSensitive(), b.typos()));
                return new Cloze(q.info(), q.text(), blanks);
            }

            @Override
            public Question matching(Matching q) {
                reject(clean, q.pairs().stream().map(Matching.Pair::right).toList());
                return new Matching(q.info(), q.pairs(), clean);
            }

            @Override
            public Question trueFalse(TrueFalse q) {
                throw new IllegalArgumentException("a true/false question has no distractors");
            }

            @Override
            public Question shortAnswer(ShortAnswer q) {
                throw new IllegalArgumentException("a short-answer question has no distractors");
            }

            @Override
            public Question numeric(NumericQuestion q) {
                throw new IllegalArgumentException("a numeric question has no distractors");
            }

            @Override
            public Question ordering(Ordering q) {
                throw new IllegalArgumentException("an ordering question has no distractors");
            }
        }));
    }

    /**
     * The current question's wrong options, the ones {@link #editDistractors} replaces, in the
     * order it keeps them; empty for a type without distractors.
     */
    public List<String> distractors() {
        return current().accept(new Question.Cases<List<String>>() {
            @Override
            public List<String> multipleChoice(MultipleChoice q) {
                List<String> out = new ArrayList<>(q.choices());
                out.remove(q.answer());
                return out;
            }

            @Override
            public List<String> multipleSelect(MultipleSelect q) {
                List<String> out = new ArrayList<>();
                for (int i = 0; i < q.choices().size(); i++) {
                    if (!q.answers().contains(i)) {
                        out.add(q.choices().get(i));
                    }
                }
                return out;
            }

            @Override
            public List<String> cloze(Cloze q) {
                if (q.blanks().isEmpty() || !q.blanks().get(0).hasChoices()) {
                    return List.of();
                }
                Cloze.Blank b = q.blanks().get(0);
                return b.choices().stream().filter(c -> b.accept().stream().noneMatch(c::equalsIgnoreCase)).toList();
            }

            @Override
            public List<String> matching(Matching q) {
                return q.distractors();
            }

            @Override
            public List<String> trueFalse(TrueFalse q) {
                return List.of();
            }

            @Override
            public List<String> shortAnswer(ShortAnswer q) {
                return List.of();
            }

            @Override
            public List<String> numeric(NumericQuestion q) {
                return List.of();
            }

            @Override
            public List<String> ordering(Ordering q) {
                return List.of();
            }
        });
    }

    /**
     * What the bank validator says about the current question (the same rules as reading a bank
     * file), without the "question 'id': " prefix; empty when it would save.
     */
    public List<String> problems() {
        Question q = current();
        Bank alone = new Bank(original.schemaVersion(), original.id(), original.title(), original.description(),
                original.language(), original.source(), original.topics(), original.generated(), List.of(q));
        String where = "question '" + q.id() + "': ";
        return BankValidator.validate(alone).stream().filter(p -> p.startsWith(where))
                .map(p -> p.substring(where.length())).toList();
    }

    /** The bank to save: questions not dropped; {@code generated} true until all were reviewed. */
    public Bank result() {
        List<Question> kept = new ArrayList<>();
        for (Question q : questions) {
            if (decisions.get(q.id()) != Decision.DROPPED) {
                kept.add(q);
            }
        }
        boolean allReviewed = decisions.size() == questions.size();
        return new Bank(original.schemaVersion(), original.id(), original.title(), original.description(),
                original.language(), original.source(), original.topics(), original.generated() && !allReviewed, kept);
    }

    private static void reject(List<String> distractors, List<String> keys) {
        for (String d : distractors) {
            for (String k : keys) {
                if (d.equalsIgnoreCase(k)) {
                    throw new IllegalArgumentException("'" + d + "' is a right answer, not a distractor");
                }
            }
        }
    }

    private static void requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("the " + what + " cannot be empty");
        }
    }

    /** The same question with other shared fields (records have no withers). */
    static Question withInfo(Question q, QuestionInfo info) {
        return q.accept(new Question.Cases<Question>() {
            @Override
            public Question multipleChoice(MultipleChoice x) {
                return new MultipleChoice(info, x.choices(), x.answer());
            }

            @Override
            public Question multipleSelect(MultipleSelect x) {
                return new MultipleSelect(info, x.choices(), x.answers());
            }

            @Override
            public Question trueFalse(TrueFalse x) {
                return new TrueFalse(info, x.answer());
            }

            @Override
            public Question shortAnswer(ShortAnswer x) {
                return new ShortAnswer(info, x.accept(), x.caseSensitive(), x.typos());
            }

            @Override
            public Question numeric(NumericQuestion x) {
                return new NumericQuestion(info, x.value(), x.min(), x.max(), x.unit());
            }

            @Override
            public Question cloze(Cloze x) {
                return new Cloze(info, x.text(), x.blanks());
            }

            @Override
            public Question matching(Matching x) {
                return new Matching(info, x.pairs(), x.distractors());
            }

            @Override
            public Question ordering(Ordering x) {
                return new Ordering(info, x.items());
            }
        });
    }
}
