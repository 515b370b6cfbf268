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
}
