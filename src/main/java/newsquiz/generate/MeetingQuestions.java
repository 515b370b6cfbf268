package newsquiz.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import newsquiz.bank.MultipleChoice;
import newsquiz.bank.QuestionType;
import newsquiz.bank.ShortAnswer;

/**
 * Meetings, which news reports constantly and subject questions cannot reach (the person met is
 * an object): "... where he met with President Ilham Aliyev" -> "Who did James David Vance meet?".
 */
final class MeetingQuestions implements QuestionBuilder {

    @Override
    public List<Candidate> build(Facts facts, Random rnd) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : facts.sentences()) {
            List<Token> toks = s.tokens();
            for (int k = 0; k < toks.size(); k++) {
                String w = toks.get(k).text();
                if (!(w.equalsIgnoreCase("met") || w.equalsIgnoreCase("meets") || w.equalsIgnoreCase("meeting"))) {
                    continue;
                }
                int at = k + 1 < toks.size() && toks.get(k + 1).lower().equals("with") ? k + 2 : k + 1;
                Mention met = null;
                String host = null;
                for (Mention m : facts.mentions().get(s.number() - 1)) {
                    if (m.kind() == EntityKind.PERSON && m.titleFrom() == at) {
                        met = m;
                    } else if (m.kind() == EntityKind.PERSON && m.to() <= k && met == null) {
                        host = m.entity(); // the last person named before the verb
                    }
                }
                if (met == null) {
                    continue;
                }
                if (host == null && k > 0 && toks.get(k - 1).lower().matches("he|she")) {
                    host = facts.subjects().get(s.number() - 1);
                }
                if (host == null || host.equals(met.entity())) {
                    continue;
                }
                Entity key = facts.entity(met.entity());
                String prompt = "Who did " + host + " meet?";
                List<String> distractors = new ArrayList<>();
                for (Entity e : facts.entitiesOf(EntityKind.PERSON)) {
                    if (!e.name().equals(key.name()) && !e.name().equals(host) && distractors.size() < 3) {
                        distractors.add(e.name());
                    }
                }
                double score = 3.3 + Importance.position(facts, s.number());
                // "X met with Y at Z" as the main clause is the fact the subject question asks ("Who met
                // with Y ...?"): one fact, one question. A meeting in a side clause is a fact of its own.
                int mainFrom = Wording.clauseStart(s);
                boolean main = k >= mainFrom && k < Wording.clauseEnd(s, mainFrom);
                String factKey = main ? "clause:" + s.number() : "meeting:" + host + ":" + key.name();
                if (distractors.size() >= 2) {
                    List<String> options = new ArrayList<>(distractors);
                    options.add(key.name());
                    Collections.shuffle(options, rnd);
                    int answer = options.indexOf(key.name());
                    out.add(new Candidate(QuestionType.MULTIPLE_CHOICE, s.number(), prompt, s.text(), key.name(),
                            options, score, factKey, info -> new MultipleChoice(info, options, answer)));
                } else {
                    List<String> accept = key.typedForms();
                    out.add(new Candidate(QuestionType.SHORT_ANSWER, s.number(), prompt, s.text(), key.name(),
                            List.of(key.name()), score - 0.2, factKey, info -> new ShortAnswer(info, accept, false, true)));
                }
            }
        }
        return out;
    }
}
