package newsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import newsquiz.bank.NumericQuestion;
import newsquiz.bank.QuestionType;

/** "Fill in the missing number: ... natural gas to ___ states ..." with the exact value as answer. */
final class NumericQuestions implements QuestionBuilder {

    /**
     * A list after the counted noun that has exactly that many items answers the question: right
     * after it ("___ instruments, including a camera, ...") or after a colon further on ("the ___ great
     * capes of the Southern Ocean: Good Hope, Leeuwin and Horn", which the list finder does not take
     * for a list: holdout 11, first reading).
     */
    static boolean givenAwayByList(Facts facts, Quantity q) {
        for (ListFact l : facts.lists()) {
            if (l.sentence() == q.sentence() && l.from() > q.numTo() && l.from() - q.numTo() <= 6
                    && l.items().size() == q.value()) {
                return true;
            }
        }
        return itemsAfterColon(facts.sentence(q.sentence()), q.numTo()) == q.value()
                || enumeratedAfterColon(facts.sentence(q.sentence()), q.numTo());
    }

    /**
     * "listed four main reasons for the refusal: traffic and parking, emergency access, noise, and
     * the risk of ...": a counted noun phrase closed by a colon, then items with commas. The items
     * give the count however long they are (holdout 17, first reading; {@link #itemsAfterColon} only
     * counts short items).
     */
    static boolean enumeratedAfterColon(Sentence s, int from) {
        List<Token> toks = s.tokens();
        for (int k = from; k < Math.min(toks.size(), from + 8); k++) {
            Token t = toks.get(k);
            if (t.is("VERB") || t.is("AUX") || t.text().matches("[,;.]")) {
                return false;
            }
            if (t.text().equals(":")) {
                return toks.subList(k + 1, toks.size()).stream().filter(x -> x.text().equals(",")).count() >= 1;
            }
        }
        return false;
    }

    /**
     * "prices rose 2.1 percent in the 12 months to August", "in the three months to June": the length
     * of a reporting period is the statistics' convention, not a fact of the story, and the usual one
     * gives itself away (holdout 13, first reading).
     */
    static boolean reportingPeriod(Sentence s, Quantity q) {
        List<Token> t = s.tokens();
        int after = q.numTo();
        return "months".equals(q.unit()) && after + 1 < t.size() && t.get(after).lower().equals("months")
                && t.get(after + 1).lower().matches("to|through|ending|until");
    }

    /**
     * How many short items ("Good Hope, Leeuwin and Horn") follow the first colon after token
     * {@code from} up to the sentence's end, or -1 when no colon or not a list of short items.
     */
    static int itemsAfterColon(Sentence s, int from) {
        List<Token> toks = s.tokens();
        int colon = from;
        while (colon < toks.size() && !toks.get(colon).text().equals(":")) {
            colon++;
        }
        int items = 0;
        int length = 0;
        for (int k = colon + 1; k < toks.size(); k++) {
            Token t = toks.get(k);
            boolean last = k == toks.size() - 1 && t.is("PUNCT");
            if (t.text().equals(",") || t.lower().matches("and|or") || last) {
                if (length == 0 && !last || length > 4) {
                    return -1;
                }
                items += length > 0 ? 1 : 0;
                length = 0;
            } else {
                length++;
            }
        }
        items += length > 0 && length <= 4 ? 1 : 0;
        return colon < toks.size() && items >= 2 ? items : -1;
    }

    @Override
    public List<Candidate> build(Facts facts, Random rnd) {
        List<Candidate> out = new ArrayList<>();
        for (Quantity q : facts.quantities()) {
            if (!q.askable()) {
                continue;
            }
            Sentence s = facts.sentence(q.sentence());
            if (givenAwayByList(facts, q) || q.numFrom() > 0 && s.tokens().get(q.numFrom() - 1).text().matches("[’']s")
                    || reportingPeriod(s, q)) {
                continue; // "carries ___ instruments, including a camera, a ... and a ...": count the list;
                          // "the women's 5,000 metres" names an event, it is no quantity
            }
            int[] range = StemRange.around(facts, s, q.numFrom(), q.numTo());
            if (range == null) {
                continue;
            }
            if (percentGivenByFigures(facts, q, range) || sumGivenByFigures(facts, q, range)
                    || shareWithItsPercent(facts.sentence(q.sentence()))) {
                continue; // "612 million, up from 455 million, an increase of ___ percent": arithmetic answers it
            }
            String blankText = q.money() && s.tokens().get(q.numFrom()).text().matches("[$€£¥]|US\\$")
                    ? s.tokens().get(q.numFrom()).text() + "___" : "___";
            List<Wording.Replacement> reps = new java.util.ArrayList<>();
            reps.add(new Wording.Replacement(q.numFrom(), q.numTo(), blankText));
            // "on 9 October 2024": a full date is not what the question asks, and it would give away
            // the order of events that an ordering question hides.
            for (DateMention d : facts.dates()) {
                if (d.sentence() != s.number()) {
                    continue;
                }
                int cut = d.from() > range[0] && s.tokens().get(d.from() - 1).lower().matches("on|in") ? d.from() - 1 : d.from();
                if (d.hasDay() && cut > range[0] && d.to() < range[1] && !strandsPreposition(s, cut)
                        && (d.to() <= q.numFrom() || cut >= q.numTo()) && !coordinated(facts, s, d)) {
                    reps.add(new Wording.Replacement(cut, d.to(), ""));
                }
            }
            String text = Wording.render(facts, s, range[0], range[1], reps)
                    .replaceAll("\\s+([,.;:])", "$1").replaceAll("\\s{2,}", " ");
            String prompt = "Fill in the missing number: " + Wording.sentence(text);
            double score = 2.8 + Importance.position(facts, s.number()) - Importance.length(prompt)
                    + (q.isDuration() || q.money() || q.value() >= 10 ? 0.2 : 0);
            String unit = q.unit();
            double value = q.value();
            out.add(new Candidate(QuestionType.NUMERIC, s.number(), prompt, s.text(),
                    q.surface(), List.of(), score, "number:" + s.number() + ":" + q.numFrom(),
                    info -> new NumericQuestion(info, value, value, value, unit)));
        }
        return out;
    }

    /**
     * "1,610 of its 2,090 members took part, a turnout of 77 percent": a part, its whole and the
     * share they make. Any one of the three follows from the other two: asked, it is answered by
     * dividing; swapped in a true/false statement, it shows itself false without the article
     * (holdout 17, first reading).
     */
    static boolean shareWithItsPercent(Sentence s) {
        List<Token> t = s.tokens();
        List<Double> percents = new ArrayList<>();
        for (int k = 0; k + 1 < t.size(); k++) {
            Double v = plainNumber(t.get(k));
            if (v != null && t.get(k + 1).lower().matches("percent|%|per")) {
                percents.add(v);
            }
        }
        for (int k = 0; k + 2 < t.size() && !percents.isEmpty(); k++) {
            Double part = plainNumber(t.get(k));
            if (part == null || !t.get(k + 1).lower().equals("of")) {
                continue;
            }
            for (int j = k + 2; j < Math.min(t.size(), k + 5); j++) {
                Double whole = plainNumber(t.get(j));
                if (whole != null && whole > 0) {
                    for (double p : percents) {
                        if (Math.abs(100 * part / whole - p) < 1.5) {
                            return true; // the three agree: each gives the others away
                        }
                    }
                }
            }
        }
        return false;
    }

    private static Double plainNumber(Token t) {
        String w = t.text().replace(",", "");
        return w.matches("[0-9]+(\\.[0-9]+)?") ? Double.valueOf(w) : null;
    }

    /**
     * A percentage change whose two figures stand in the stem ("a profit of €612 million, up from
     * €455 million, an increase of ___ percent") is answered by dividing, not by reading: two other
     * numbers in the shown range (not percentages themselves; "million", "billion" applied) whose
     * relative change is within a point of the key. Read from the tokens, since not every amount
     * is a {@link Quantity} ("€612 million" is not).
     */
    static boolean percentGivenByFigures(Facts facts, Quantity q, int[] range) {
        if (q.unit() == null || !q.unit().matches("(?i)percent|per cent|%")) {
            return false;
        }
        Sentence s = facts.sentence(q.sentence());
        List<Double> figures = new ArrayList<>();
        for (int k = range[0]; k < range[1]; k++) {
            if (k >= q.numFrom() && k < q.numTo()) {
                continue;
            }
            String w = s.tokens().get(k).text().replace(",", "").replaceFirst("^(US\\$|[$€£¥])", "");
            if (!w.matches("[0-9]+(\\.[0-9]+)?")) {
                continue;
            }
            double v = Double.parseDouble(w);
            String next = k + 1 < range[1] ? s.tokens().get(k + 1).lower() : "";
            if (next.matches("percent|%|per") || v <= 0) {
                continue;
            }
            v *= next.equals("billion") ? 1e9 : next.equals("million") ? 1e6 : next.equals("thousand") ? 1e3 : 1;
            figures.add(v);
        }
        for (double a : figures) {
            for (double b : figures) {
                if (a != b && Math.abs(Math.abs(100 * (a - b) / b) - q.value()) < 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "passed by ___ votes to 261, a majority of 73": the key is the sum (or the difference) of two
     * other numbers shown in the stem, so adding answers it. Numbers written in digits are compared
     * as written (scale words not applied, so "44 million" and "8 million" add to "52"); years and
     * number words are left out, since small counts ("two parties", "seven seats") add up by chance.
     */
    static boolean sumGivenByFigures(Facts facts, Quantity q, int[] range) {
        Sentence s = facts.sentence(q.sentence());
        List<Double> figures = new ArrayList<>();
        for (int k = range[0]; k < range[1]; k++) {
            if (k >= q.numFrom() && k < q.numTo()) {
                continue;
            }
            String w = s.tokens().get(k).text().replaceFirst("^(US\\$|[$€£¥])", "");
            Double v = w.matches("\\d.*") && !w.matches("(19|20)\\d\\d") ? FactExtractor.numberValue(w) : null;
            if (v != null && v > 0) { // digits only, no years: "two parties ... seven seats" add up by chance
                figures.add(v);
            }
        }
        double key = q.value();
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                double a = figures.get(i);
                double b = figures.get(j);
                if (Math.abs(a + b - key) < 1e-9 || Math.abs(Math.abs(a - b) - key) < 1e-9) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "in the year to 30 September, up from ...": a date whose preposition is not dropped with it
     * ("to", "until", "from", "since", "by", ...) stays, or the stem would read "in the year to,".
     */
    static boolean strandsPreposition(Sentence s, int cut) {
        if (cut == 0) {
            return false;
        }
        Token before = s.tokens().get(cut - 1);
        return before.is("ADP") || before.lower().matches("to|until|till|from|since|by|before|after|between|through|of|at");
    }

    private static final java.util.Set<String> JOINERS = java.util.Set.of("and", "or", "again", "then", "on", "in", ",");

    /**
     * "postponed the launch on 2 March and again on 6 March": two dates joined by "and (again)";
     * dropping them strands "and again", so both stay (the ranker's give-away check still guards
     * an ordering question).
     */
    static boolean coordinated(Facts facts, Sentence s, DateMention d) {
        for (DateMention other : facts.dates()) {
            if (other == d || other.sentence() != d.sentence()) {
                continue;
            }
            int from = Math.min(d.to(), other.to()); // the words between the two dates
            int to = Math.max(d.from(), other.from());
            boolean onlyJoiners = from < to;
            boolean conjunction = false;
            for (int k = from; k < to && onlyJoiners; k++) {
                String w = s.tokens().get(k).lower();
                onlyJoiners = JOINERS.contains(w);
                conjunction |= w.equals("and") || w.equals("or");
            }
            if (onlyJoiners && conjunction) {
                return true;
            }
        }
        return false;
    }
}
