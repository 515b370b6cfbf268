package newsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import newsquiz.bank.QuestionType;
import newsquiz.bank.ShortAnswer;

/**
 * "the photographer Jorge Ibarra" -> "What is the profession of Jorge Ibarra?" (typed). A safe
 * question source for articles whose main person is named in most sentences (where the "Who ...?"
 * questions give each other away): the stem names only the person, and the answer is one word the
 * article writes right before the name. Asked only when the article gives the person exactly one
 * such profession, so there is one right answer.
 */
final class ProfessionQuestions implements QuestionBuilder {

    @Override
    public List<Candidate> build(Facts facts, Random rnd) {
        List<Candidate> out = new ArrayList<>();
        for (Entity e : facts.entitiesOf(EntityKind.PERSON)) {
            if (e.role() != null || e.name().split("\\s+").length < 2) {
                continue; // a title before the name is RoleQuestions' to ask; a one-word name may be a cut one
            }
            String profession = null;
            Mention where = null;
            int found = 0;
            for (Mention m : e.mentions()) {
                List<Token> toks = facts.sentence(m.sentence()).tokens();
                int before = m.titleFrom() - 1;
                if (before >= 1 && toks.get(before).is("NOUN")
                        && EntityExtractor.PROFESSIONS.contains(toks.get(before).lower())
                        && (toks.get(before - 1).lower().equals("the") || toks.get(before - 1).lower().equals("a"))) {
                    found++;
                    profession = toks.get(before).lower();
                    where = m;
                }
            }
            if (found != 1) {
                continue;
            }
            String prompt = "What is the profession of " + e.name() + "?";
            Sentence s = facts.sentence(where.sentence());
            String key = Character.toUpperCase(profession.charAt(0)) + profession.substring(1);
            double score = 2.0 + Importance.position(facts, s.number());
            List<String> accept = List.of(key);
            out.add(new Candidate(QuestionType.SHORT_ANSWER, s.number(), prompt, s.text(), key, List.of(key),
                    score, "role:" + e.name(), info -> new ShortAnswer(info, accept, false, true)));
        }
        return out;
    }
}
