package newsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import newsquiz.bank.QuestionType;
import newsquiz.bank.ShortAnswer;

/** "What position does James David Vance hold?" -> "Vice President" (typed; the qualified title also counts). */
final class RoleQuestions implements QuestionBuilder {

    @Override
    public List<Candidate> build(Facts facts, Random rnd) {
        List<Candidate> out = new ArrayList<>();
        for (Entity e : facts.entitiesOf(EntityKind.PERSON)) {
            if (e.role() == null || e.qualifier() != null && e.qualifier().matches("(?i).*(former|ex|late|acting).*")) {
                continue;
            }
            Mention withRole = null;
            for (Mention m : e.mentions()) {
                if (e.role().equals(m.role())) {
                    withRole = m; // the last one: the first sentence is usually asked about already
                }
            }
            if (withRole == null) {
                continue;
            }
            // "Opposition leader Councillor Derek Shaw": two descriptions, so two right answers to
            // "What position does he hold?", and only one of them would be accepted.
            List<Token> toks = facts.sentence(withRole.sentence()).tokens();
            int before = withRole.titleFrom() - 1;
            if (before >= 0 && (toks.get(before).is("NOUN") || toks.get(before).is("PROPN"))
                    && !toks.get(before).text().equals(e.qualifier())) {
                continue;
            }
            // "Meteorologist Joana Pires": a profession, not an office one holds.
            boolean office = Gazetteers.TITLES.contains(e.role());
            String prompt = office ? "What position does " + e.name() + " hold?"
                    : "What is the profession of " + e.name() + "?";
            if (Wording.containsWord(prompt, e.role())) {
                continue;
            }
            List<String> accept = new ArrayList<>();
            accept.add(e.role());
            if (e.fullRole() != null && !e.fullRole().equals(e.role())) {
                accept.add(e.fullRole());
            }
            if (e.role().contains(" ")) {
                accept.add(e.role().replace(' ', '-'));
            }
            Sentence s = facts.sentence(withRole.sentence());
            double score = 2.5 + Importance.position(facts, s.number()) + 0.1 * Math.min(3, e.count());
            out.add(new Candidate(QuestionType.SHORT_ANSWER, s.number(), prompt, s.text(), e.role(), List.of(e.role()),
                    score, "role:" + e.name(), info -> new ShortAnswer(info, accept, false, true)));
        }
        return out;
    }
}
