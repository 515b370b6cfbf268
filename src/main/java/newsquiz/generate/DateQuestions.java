package newsquiz.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import newsquiz.bank.Cloze;
import newsquiz.bank.NumericQuestion;
import newsquiz.bank.QuestionType;

/**
 * Questions on when things happened, gaps that are not names (Becker et al. 2012): the year of a
 * dated event as a number ("discovered in ___" -> 1891), and the month as a gap-fill with other
 * months as options (a month is surely of the same type as the key and surely false).
 */
final class DateQuestions implements QuestionBuilder {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String CLOZE_PROMPT = "Choose the word that completes the sentence.";

    @Override
    public List<Candidate> build(Facts facts, Random rnd) {
        List<Candidate> out = new ArrayList<>();
        for (DateMention d : facts.dates()) {
            Sentence s = facts.sentence(d.sentence());
            int year = d.key() / 10000;
            int month = d.key() / 100 % 100;
            if (year > 0) {
                Candidate c = yearQuestion(facts, s, d, year);
                if (c != null) {
                    out.add(c);
                }
            }
            if (month > 0) {
                Candidate c = monthQuestion(facts, s, d, month, rnd);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static Candidate yearQuestion(Facts facts, Sentence s, DateMention d, int year) {
        int at = -1;
        for (int k = d.from(); k < d.to(); k++) {
            if (s.tokens().get(k).text().equals(Integer.toString(year))) {
                at = k;
            }
        }
        int[] range = at < 0 ? null : StemRange.around(facts, s, at, at + 1);
        if (range == null) {
            return null;
        }
        String text = Wording.sentence(Wording.render(facts, s, range[0], range[1],
                List.of(new Wording.Replacement(at, at + 1, "___"))));
        String prompt = "Fill in the missing year: " + text;
        if (Wording.containsWord(prompt, Integer.toString(year))) {
            return null;
        }
        double score = 2.5 + Importance.position(facts, s.number()) - Importance.length(prompt)
                - Importance.negation(prompt);
        return new Candidate(QuestionType.NUMERIC, s.number(), prompt, s.text(), Integer.toString(year), List.of(),
                score, "date:" + d.text(),
                info -> new NumericQuestion(info, year, year, year, null));
    }

    private static Candidate monthQuestion(Facts facts, Sentence s, DateMention d, int month, Random rnd) {
        int at = -1;
        for (int k = d.from(); k < d.to(); k++) {
            if (s.tokens().get(k).text().equals(MONTHS[month - 1])) {
                at = k;
            }
        }
        int[] range = at < 0 ? null : StemRange.around(facts, s, at, at + 1);
        if (range == null || at == range[0]) {
            return null;
        }
        // "no significant rain forecast before {{1}}": under a negation a bound holds for every
        // earlier month too ("before July" is then also true), so the rivals would not be wrong.
        boolean bound = false;
        for (int k = Math.max(0, d.from() - 1); k < at; k++) {
            bound |= s.tokens().get(k).lower().matches("before|after|until|till|by");
        }
        if (bound && Importance.negation(s.text()) > 0) {
            return null;
        }
        String key = MONTHS[month - 1];
        String text = Wording.sentence(Wording.render(facts, s, range[0], range[1],
                List.of(new Wording.Replacement(at, at + 1, "{{1}}"))));
        // Another month in the stem ("between March and {{1}}") would make the options a guessing game.
        for (String m : MONTHS) {
            if (Wording.containsWord(text, m)) {
                return null;
            }
        }
        List<String> pool = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            // Months three or more apart, so no option is "nearly right".
            if (Math.abs(m - month) >= 2 && Math.abs(m - month) <= 10) {
                pool.add(MONTHS[m - 1]);
            }
        }
        List<String> options = new ArrayList<>();
        while (options.size() < 3 && !pool.isEmpty()) {
            options.add(pool.remove(rnd.nextInt(pool.size())));
        }
        options.add(key);
        Collections.shuffle(options, rnd);
        List<String> choices = List.copyOf(options);
        double score = 1.9 + Importance.position(facts, s.number()) - Importance.length(text)
                - Importance.negation(text);
        return new Candidate(QuestionType.CLOZE, s.number(), CLOZE_PROMPT + " " + text, s.text(), key, choices, score,
                "date:" + d.text(),
                info -> new Cloze(info.withPrompt(CLOZE_PROMPT), text,
                        List.of(new Cloze.Blank(List.of(key), choices, false, false))));
    }
}
