package newsquiz.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import newsquiz.bank.MultipleChoice;
import newsquiz.bank.QuestionType;
import newsquiz.bank.ShortAnswer;

/**
 * Subject wh-questions, the one transformation that needs no inversion: "Mayor Ida Brekke opened
 * the new bridge in Tromsø, where ..." -> "Who opened the new bridge in Tromsø?". Options are other people (countries, organisations) from the article;
 * with too few of them the question becomes a short answer.
 */
final class SubjectQuestions implements QuestionBuilder {

    @Override
    public List<Candidate> build(Facts facts, Random rnd) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : facts.sentences()) {
            Candidate c = fromSentence(facts, s, rnd);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static Candidate fromSentence(Facts facts, Sentence s, Random rnd) {
        List<Token> toks = s.tokens();
        int start = Wording.clauseStart(s);
        if (start >= toks.size()) {
            return null;
        }
        Entity subject = null;
        int afterSubject = -1;
        if (toks.get(start).lower().matches("he|she") && facts.subjects().get(s.number() - 1) != null) {
            subject = facts.entity(facts.subjects().get(s.number() - 1));
            afterSubject = start + 1;
        } else {
            for (Mention m : facts.mentions().get(s.number() - 1)) {
                int mStart = m.titleFrom();
                // "US Vice President X": the qualifier starts the run, the mention records the title start.
                if ((mStart == start || m.role() != null && mStart <= start + 2 && mStart >= start)
                        && m.kind() != EntityKind.OTHER) {
                    subject = facts.entity(m.entity());
                    afterSubject = m.to();
                    break;
                }
            }
        }
        if (subject == null || afterSubject >= toks.size()) {
            return null;
        }
        int verb = afterSubject;
        while (verb < toks.size() && toks.get(verb).is("ADV")) {
            verb++;
        }
        if (verb >= toks.size() || !(toks.get(verb).is("VERB") || toks.get(verb).is("AUX"))) {
            return null;
        }
        int end = Wording.clauseEnd(s, verb);
        int predicateWords = end - verb;
        if (predicateWords < 3 || predicateWords > 28 || Wording.danglingPronoun(facts, s, verb, end)
                || Wording.vagueReport(facts, s, verb, end)) {
            return null;
        }
        boolean speech = Gazetteers.SPEECH_VERBS.contains(toks.get(verb).lower());
        String predicate = Wording.render(facts, s, verb, end, List.of());
        String prompt = subject.kind().whPhrase() + " " + predicate + "?";
        prompt = prompt.replaceAll("[.,;:]+\\?$", "?");
        if (Wording.containsWord(prompt, subject.surname() == null ? subject.name() : subject.surname())
                || predicate.contains("“") && !predicate.contains("”")
                || predicate.chars().filter(ch -> ch == '"').count() % 2 == 1) { // a quotation cut at its first sentence (holdout 23)
            return null;
        }
        List<String> distractors = new ArrayList<>();
        for (String d : Distractors.sameKind(facts, subject, s.number(), 6, rnd)) {
            if (distractors.size() < 3 && !Importance.alsoTrueOf(facts, d, predicate, s.number())
                    && !Wording.containsWord(prompt, d)) {
                distractors.add(d);
            }
        }
        double score = (speech ? 2.3 : 3.0) + Importance.position(facts, s.number()) - Importance.length(prompt)
                - Importance.negation(prompt) + Importance.specificity(facts, s.number());
        String explanation = s.text();
        String key = subject.name();
        String factKey = "clause:" + s.number(); // the same fact as the clause's true/false item
        if (distractors.size() >= 2) {
            List<String> options = new ArrayList<>(distractors);
            options.add(key);
            Collections.shuffle(options, rnd);
            int answer = options.indexOf(key);
            return new Candidate(QuestionType.MULTIPLE_CHOICE, s.number(), prompt, explanation, key, options, score,
                    factKey, info -> new MultipleChoice(info, options, answer));
        }
        if (subject.kind() != EntityKind.PERSON && subject.kind() != EntityKind.COUNTRY) {
            return null;
        }
        List<String> accept = subject.typedForms();
        return new Candidate(QuestionType.SHORT_ANSWER, s.number(), prompt, explanation, key, List.of(key),
                score - 0.2, factKey, info -> new ShortAnswer(info, accept, false, true));
    }
}
