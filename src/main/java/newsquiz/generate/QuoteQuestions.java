package newsquiz.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import newsquiz.bank.Matching;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.QuestionType;
import newsquiz.bank.ShortAnswer;

/** "Who said “...”?" with the article's other people as options, and one speaker-quotation matching item. */
final class QuoteQuestions implements QuestionBuilder {

    @Override
    public List<Candidate> build(Facts facts, Random rnd) {
        List<Candidate> out = new ArrayList<>();
        List<Entity> people = facts.entitiesOf(EntityKind.PERSON);
        Candidate matching = matching(facts, rnd);
        for (Quote q : facts.quotes()) {
            if (matching != null && matching.options().contains("“" + q.text().replaceAll("[,.;:]+$", "") + "”")) {
                continue; // asked by the matching item
            }
            Entity speaker = facts.entity(q.speaker());
            if (speaker == null || PronounCues.speakerIsAPlace(facts, speaker, q.sentence()) || q.words() < (q.partial() ? 3 : 4) || q.words() > 35
                    || Wording.containsWord(q.text(), speaker.surname())) {
                continue;
            }
            List<String> options = new ArrayList<>();
            options.add(speaker.name());
            for (Entity e : people) {
                if (!e.name().equals(speaker.name()) && options.size() < 4 && KindEvidence.confirmed(facts, e)
                        && Gazetteers.country(e.name()) == null && !Gazetteers.UK_NATIONS.contains(e.name())) {
                    options.add(e.name());
                }
            }
            String quote = q.text().replaceAll("[,.;:]+$", "").strip();
            String prompt = q.partial() ? "Who used the words “" + quote + "”?" : "Who said: “" + quote + "”?";
            double score = (q.partial() ? 2.0 : 3.1) + Importance.position(facts, q.sentence())
                    - Importance.length(prompt);
            if (options.size() < 3) {
                // Too few confirmed people to offer: the speaker is typed (the surname alone also counts).
                List<String> accept = speaker.typedForms();
                out.add(new Candidate(QuestionType.SHORT_ANSWER, q.sentence(), prompt, facts.sentence(q.sentence()).text(),
                        speaker.name(), List.of(speaker.name()), score - 0.2, "quote:" + q.start(),
                        info -> new ShortAnswer(info, accept, false, true)));
                continue;
            }
            List<String> shuffled = new ArrayList<>(options);
            Collections.shuffle(shuffled, rnd);
            int answer = shuffled.indexOf(speaker.name());
            out.add(new Candidate(QuestionType.MULTIPLE_CHOICE, q.sentence(), prompt,
                    facts.sentence(q.sentence()).text(), speaker.name(), shuffled, score, "quote:" + q.start(),
                    info -> new MultipleChoice(info, shuffled, answer)));
        }
        if (matching != null) {
            out.add(matching);
        }
        return out;
    }

    private static Candidate matching(Facts facts, Random rnd) {
        Map<String, Quote> shortest = new LinkedHashMap<>();
        for (Quote q : facts.quotes()) {
            Entity speaker = facts.entity(q.speaker());
            if (q.partial() || q.words() < 4 || q.words() > 16 || speaker == null || PronounCues.speakerIsAPlace(facts, speaker, q.sentence())
                    || Wording.containsWord(q.text(), speaker.surname())) {
                continue;
            }
            shortest.merge(q.speaker(), q, (a, b) -> a.words() <= b.words() ? a : b);
        }
        if (shortest.size() < 2) {
            return null;
        }
        List<Matching.Pair> pairs = new ArrayList<>();
        int first = Integer.MAX_VALUE;
        for (Quote q : shortest.values()) {
            if (pairs.size() < 4) {
                pairs.add(new Matching.Pair(q.speaker(), "“" + q.text().replaceAll("[,.;:]+$", "") + "”"));
                first = Math.min(first, q.sentence());
            }
        }
        List<String> rights = pairs.stream().map(Matching.Pair::right).toList();
        StringBuilder why = new StringBuilder();
        for (Quote q : shortest.values()) {
            why.append(facts.sentence(q.sentence()).text()).append(' ');
        }
        return new Candidate(QuestionType.MATCHING, first, "Match each speaker with what they said.",
                why.toString().strip(), null, rights, 2.9 + Importance.position(facts, first), "quote-matching",
                info -> new Matching(info, pairs, List.of()));
    }
}
