package newsquiz.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import newsquiz.bank.Ordering;
import newsquiz.bank.QuestionType;

/**
 * Ordering of events when the article dates them: each dated sentence's main clause, with its
 * date removed (else the order would be given away), sorted by date.
 */
final class OrderingQuestions implements QuestionBuilder {

    /** Ordinals that number an event in its own words ("a second fire"); "for the last time" is left to the reader. */
    private static final java.util.regex.Pattern SELF_PLACING = java.util.regex.Pattern.compile(
            "(?i)\\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(st|nd|rd|th))\\b");


    private record Event(int key, int sentence, String text) {
    }

    @Override
    public List<Candidate> build(Facts facts, Random rnd) {
        List<Event> events = new ArrayList<>();
        Set<Integer> keys = new HashSet<>();
        Set<Integer> sentences = new HashSet<>();
        for (DateMention d : facts.dates()) {
            if (!sentences.add(d.sentence()) || facts.dates().stream().filter(x -> x.sentence() == d.sentence()).count() > 1) {
                continue; // two dates in one sentence: which one the event belongs to is unclear
            }
            if (RelativeTime.in(facts.sentence(d.sentence())) || boundedDate(facts.sentence(d.sentence()), d)
                    || unrealised(facts.sentence(d.sentence())) || spanStart(facts.sentence(d.sentence()), d)) {
                continue;
            }
            String text = eventText(facts, facts.sentence(d.sentence()), d);
            if (text != null && keys.add(d.key())) {
                events.add(new Event(d.key(), d.sentence(), text));
            }
        }
        // Year-only dates cannot be ordered against day dates of the same year.
        boolean mixed = events.stream().anyMatch(e -> e.key() % 10000 == 0) && events.stream().anyMatch(e -> e.key() % 10000 != 0);
        if (mixed) {
            events.removeIf(e -> e.key() % 10000 == 0);
        }
        // "in June" without a year cannot be placed against dated events.
        if (events.stream().anyMatch(e -> e.key() >= 10000)) {
            events.removeIf(e -> e.key() < 10000);
        }
        if (events.size() < 3) {
            return List.of();
        }
        // Four events at most, spread over the timeline.
        events.sort(Comparator.comparingInt(Event::key));
        List<Event> chosen = new ArrayList<>();
        int n = events.size();
        for (int i = 0; i < Math.min(4, n); i++) {
            chosen.add(events.get(n <= 4 ? i : i * (n - 1) / 3));
        }
        List<String> items = chosen.stream().map(Event::text).toList();
        // "A second fire ...", "A fourth fire ...": items that number themselves give the order away
        // (holdout 20, first reading).
        if (items.stream().anyMatch(i -> SELF_PLACING.matcher(i).find())) {
            return List.of();
        }
        int first = chosen.stream().mapToInt(Event::sentence).min().orElse(1);
        StringBuilder why = new StringBuilder();
        for (Event e : chosen) {
            why.append(facts.sentence(e.sentence()).text()).append(' ');
        }
        // The dates go into the fact key: a stem elsewhere in the bank that shows one gives the order away.
        StringBuilder key = new StringBuilder("ordering");
        for (Event e : chosen) {
            for (DateMention d : facts.dates()) {
                if (d.sentence() == e.sentence()) {
                    key.append('|').append(d.text());
                }
            }
        }
        return List.of(new Candidate(QuestionType.ORDERING, first,
                "Put these events in the order they happened, earliest first.", why.toString().strip(), null, items,
                2.7 + Importance.position(facts, first), key.toString(), info -> new Ordering(info, items)));
    }

    /**
     * "no rain forecast before September", "up from 295 euros in April ... last week" aside, a date
     * after "before", "after", "around" or another preposition the item cannot drop is a bound, not
     * the time of the event; cutting the date alone would leave the item ending mid-phrase.
     */
    private static boolean boundedDate(Sentence s, DateMention d) {
        if (d.from() == 0) {
            return false;
        }
        Token before = s.tokens().get(d.from() - 1);
        return before.is("ADP") && !before.lower().matches("on|in|by|since|until|from|at|of");
    }

    /**
     * "If no settlement is reached, either side may bring the tariffs back": a conditional ("if",
     * "unless") or a modal of the future or of possibility ("will", "would", "may", "might", "could",
     * "should", "shall", "can") makes the clause something that has not happened, so it cannot be put
     * "in the order they happened" (Round 7, holdout 6 class d).
     */
    static boolean unrealised(Sentence s) {
        List<Token> t = s.tokens();
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).lower().matches("if|unless|will|would|may|might|could|should|shall|can|'ll|wo|ca")
                    && !t.get(k).text().equals("May")) { // the month
                return true;
            }
            // "plans to stop", "is due to open", "expects to finish": a plan, not an event (Round 8)
            if (k + 2 < t.size() && t.get(k).lower().matches("plans?|planned|planning|due|expects?|expected|intends?|intended|aims?|hopes?|scheduled")
                    && t.get(k + 1).lower().equals("to") && (t.get(k + 2).is("VERB") || t.get(k + 2).is("AUX"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "2,870 turtles have been released since 2009": a date after "since" starts a running total
     * that lasts to the present, so with the date cut the item is no event with a place in an order
     * (Round 8, holdout 7 class g).
     */
    static boolean spanStart(Sentence s, DateMention d) {
        return d.from() > 0 && s.tokens().get(d.from() - 1).lower().equals("since");
    }

    private static String eventText(Facts facts, Sentence s, DateMention d) {
        List<Token> toks = s.tokens();
        int to = Wording.clauseEnd(s, 0);
        for (int k = d.to(); k + 1 < to; k++) {
            if (toks.get(k).lower().matches("and|but") && (toks.get(k + 1).is("VERB") || toks.get(k + 1).is("AUX"))) {
                to = k; // "... was launched on 14 March and travelled ...": one event per item
                break;
            }
        }
        int cutFrom = d.from();
        int cutTo = d.to();
        if (cutFrom > 0 && toks.get(cutFrom - 1).lower().matches("on|in|by|since|until|from|at")) {
            cutFrom--;
        }
        if (cutFrom == 0 && cutTo < toks.size() && toks.get(cutTo).text().equals(",")) {
            cutTo++;
        }
        if (cutTo > to || to - (cutTo - cutFrom) < 4 || to - (cutTo - cutFrom) > 22
                || Wording.danglingPronoun(facts, s, cutFrom == 0 ? cutTo : 0, to)) {
            return null;
        }
        String text = cutFrom == 0 ? Wording.render(facts, s, cutTo, to, List.of())
                : Wording.render(facts, s, 0, to, List.of(new Wording.Replacement(cutFrom, cutTo, "")));
        text = text.replaceAll("\\s+([,.;:])", "$1").replaceAll("\\s+", " ").replaceAll("^[,\\s]+", "");
        return Wording.sentence(text).replaceAll("\\.$", "");
    }
}
