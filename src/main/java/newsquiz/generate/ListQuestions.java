package newsquiz.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import newsquiz.bank.MultipleSelect;
import newsquiz.bank.QuestionType;

/**
 * List membership as multiple select: "Which of these are listed among the areas of bilateral
 * cooperation?" with the listed items right and items the article never mentions as distractors.
 * A partial list ("11 countries, including A, B, C and D") names only some members, so an option
 * it leaves out may still be one: it is never asked as "select all" but as a gap in the article's
 * own sentence ("including A, B, C and {{1}}"), which asks what the article wrote.
 */
final class ListQuestions implements QuestionBuilder {

    @Override
    public List<Candidate> build(Facts facts, Random rnd) {
        List<Candidate> out = new ArrayList<>();
        for (ListFact list : facts.lists()) {
            List<String> items = new ArrayList<>();
            boolean names = true;
            for (String item : list.items()) {
                String clean = item.replaceFirst("^(?i)(the|a|an) ", "");
                items.add(Character.isUpperCase(clean.charAt(0)) ? clean : clean.toLowerCase(Locale.ROOT));
                names &= Character.isUpperCase(clean.charAt(0));
            }
            List<String> distractors;
            if (names) {
                Entity first = null;
                for (Entity e : facts.entities()) {
                    if (e.name().equals(items.get(0)) || Gazetteers.country(items.get(0)) != null
                            && e.name().equals(Gazetteers.country(items.get(0)))) {
                        first = e;
                    }
                }
                if (first == null) {
                    continue;
                }
                distractors = new ArrayList<>(Distractors.sameKind(facts, first, list.sentence(), 2, rnd));
                distractors.removeIf(items::contains);
            } else if (list.head().matches("(?i).*\\b(areas|sectors|fields|issues|topics|priorities|industries|subjects|themes|policies|services)\\b.*")) {
                distractors = Distractors.topics(facts, items, 2, rnd);
            } else {
                continue; // no source of wrong options that is surely wrong and still plausible
            }
            if (distractors.size() < 2) {
                continue;
            }
            if (list.partial()) {
                Candidate gap = lastItemGap(facts, list, items.get(items.size() - 1), distractors, rnd);
                if (gap != null) {
                    out.add(gap);
                }
                continue;
            }
            String prompt = "Which of these are listed among the " + list.head() + "? Select all that apply.";
            List<String> choices = new ArrayList<>(items);
            choices.addAll(distractors);
            Collections.shuffle(choices, rnd);
            Set<Integer> answers = new HashSet<>();
            for (String item : items) {
                answers.add(choices.indexOf(item));
            }
            if (answers.size() != items.size()) {
                continue;
            }
            double score = 3.0 + Importance.position(facts, list.sentence());
            out.add(new Candidate(QuestionType.MULTIPLE_SELECT, list.sentence(), prompt,
                    facts.sentence(list.sentence()).text(), String.join(", ", items), choices, score,
                    "list:" + list.sentence() + ":" + list.from(), info -> new MultipleSelect(info, choices, answers)));
        }
        return out;
    }

    /**
     * "He noted that the document outlines ...": the list is what was reported, and the stem reads
     * whole without the speaker (who may be another question's answer). 0 when there is no such lead.
     */
    private static int afterReportLead(Sentence s, int before) {
        List<Token> toks = s.tokens();
        for (int k = 1; k < Math.min(before, 6); k++) {
            if (toks.get(k).lower().equals("that") && toks.get(k - 1).is("VERB")) {
                return k + 1;
            }
        }
        return 0;
    }

    /** "..., including security, counterterrorism efforts, and {{1}}." with the same wrong options. */
    private static Candidate lastItemGap(Facts facts, ListFact list, String key, List<String> distractors, Random rnd) {
        Sentence s = facts.sentence(list.sentence());
        if (Gazetteers.country(key) != null) { // "the {{1}}" takes only options that also need "the"
            distractors = distractors.stream()
                    .filter(d -> TrueFalseQuestions.needsThe(d) == TrueFalseQuestions.needsThe(key)).toList();
        }
        for (int from = list.to() - 1; from >= list.from(); from--) {
            for (int to = from + 1; to <= list.to(); to++) {
                if (s.span(from, to).equals(key)) {
                    return ClozeQuestions.make(facts, s, afterReportLead(s, list.from()), from, to, key, distractors, 3.0, rnd);
                }
            }
        }
        return null;
    }
}
