package newsquiz.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Article sentences -> {@link Facts}: entities, quantities, dates, quotations, lists, pronoun antecedents. */
final class FactExtractor {

    static final Map<String, Integer> NUMBER_WORDS = new HashMap<>();
    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12, "hundred", 1e2);
    private static final Set<String> LIST_MARKERS = Set.of("including", "includes", "include", "included");
    private static final Set<String> QUANTIFIERS = Set.of("multiple", "several", "many", "various", "numerous",
            "other", "key", "some", "three", "four", "five", "six", "main", "a", "an", "the");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    static {
        String[] words = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty"};
        for (int i = 0; i < words.length; i++) {
            NUMBER_WORDS.put(words[i], i);
        }
        String[] tens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            NUMBER_WORDS.put(tens[i], 30 + 10 * i);
        }
        NUMBER_WORDS.put("dozen", 12);
    }

    private FactExtractor() {
    }

    static Facts extract(String text, List<Sentence> sentences) {
        List<List<Mention>> mentions = new ArrayList<>();
        List<Entity> entities = EntityExtractor.extract(sentences, mentions);
        Map<String, Entity> byName = new HashMap<>();
        for (Entity e : entities) {
            byName.put(e.name(), e);
        }
        List<Quantity> quantities = new ArrayList<>();
        List<DateMention> dates = new ArrayList<>();
        List<ListFact> lists = new ArrayList<>();
        for (Sentence s : sentences) {
            findDates(s, dates);
            findQuantities(s, quantities, dates);
            findLists(s, lists);
        }
        boolean[] inSpeech = PronounCues.startsInSpeech(sentences, text);
        List<String> subjects = resolvePronouns(inSpeech, sentences, mentions);
        List<Quote> quotes = findQuotes(text, sentences, mentions, subjects);
        List<Boolean> startsInSpeech = new ArrayList<>();
        for (boolean b : inSpeech) {
            startsInSpeech.add(b);
        }
        return new Facts(text, sentences, entities, mentions, quantities, dates, quotes, lists, subjects,
                List.copyOf(startsInSpeech), Map.copyOf(byName));
    }

    // ---- quantities ----

    static Double numberValue(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer n = NUMBER_WORDS.get(w);
        if (n != null) {
            return n.doubleValue();
        }
        if (w.isEmpty() || !Character.isDigit(w.charAt(0))) {
            return null; // most tokens: no regex needed
        }
        if (NUMBER.matcher(w).matches()) {
            return Double.parseDouble(w.replace(",", ""));
        }
        return null;
    }

    private static void findQuantities(Sentence s, List<Quantity> out, List<DateMention> dates) {
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            Double value = numberValue(t.text());
            if (value == null || inDate(s.number(), i, dates)) {
                continue;
            }
            boolean spelled = !Character.isDigit(t.text().charAt(0));
            if (spelled && inWordNumber(toks, i)) {
                continue; // "two hundred and twelve": neither "two" nor "twelve" is the number
            }
            if (!spelled && YEAR.matcher(t.text()).matches() && (i + 1 >= toks.size() || !isUnitWord(toks.get(i + 1)))) {
                continue; // a year
            }
            if (i + 1 < toks.size() && toks.get(i + 1).text().matches("(?i)(st|nd|rd|th|a\\.m\\.|p\\.m\\.|am|pm|:.*)")) {
                continue;
            }
            int numFrom = i;
            int numTo = i + 1;
            boolean money = false;
            if (i > 0 && toks.get(i - 1).text().matches("[$€£¥]|US\\$")) {
                numFrom = i - 1;
                money = true;
            }
            int k = i + 1;
            String scale = null;
            if (k < toks.size() && SCALES.containsKey(toks.get(k).lower())) {
                // "1.8 billion dollars": the blank covers "1.8" and the answer is 1.8, the scale stays in the unit.
                scale = toks.get(k).lower();
                k++;
            }
            String unit = null;
            if (k < toks.size() && (toks.get(k).text().equals("%") || toks.get(k).lower().equals("percent"))) {
                unit = "percent";
            } else if (k + 1 < toks.size() && toks.get(k).lower().equals("per") && toks.get(k + 1).lower().equals("cent")) {
                unit = "percent";
            } else if (k + 1 < toks.size() && toks.get(k).text().equals("-") && isUnitWord(toks.get(k + 1))) {
                unit = toks.get(k + 1).lower(); // "six-month"
            } else if (k < toks.size() && isUnitWord(toks.get(k))) {
                unit = compound(toks, k);
            } else if (k + 1 < toks.size() && toks.get(k).is("ADJ") && isUnitWord(toks.get(k + 1))) {
                unit = compound(toks, k + 1); // "11 new schools"
                if (UNIT_ADJECTIVES.contains(toks.get(k).lower())) {
                    unit = toks.get(k).lower() + " " + unit; // "1,500 cubic metres" is not 1,500 metres
                }
            } else if (k + 3 < toks.size() && toks.get(k).lower().equals("of") && toks.get(k + 1).lower().equals("which")
                    && toks.get(k + 2).lower().matches("are|were")) {
                // "11 of which are NATO members": the count is of the noun after "are"
                for (int u = k + 3; u < Math.min(toks.size(), k + 7); u++) {
                    if (toks.get(u).is("NOUN") && !toks.get(u).capitalised()) {
                        unit = toks.get(u).lower();
                        break;
                    }
                    if (toks.get(u).is("PUNCT") || toks.get(u).is("CCONJ")) {
                        break;
                    }
                }
            }
            if (unit != null && unit.matches("dollars?|euros?|pounds?|yen")) {
                money = true;
            }
            if (unit == null && money) {
                unit = toks.get(numFrom).text().equals("$") ? "dollars" : toks.get(numFrom).text();
            }
            if (scale != null) {
                unit = unit == null ? scale : scale + " " + unit;
            }
            out.add(new Quantity(s.number(), i, numTo, t.text(), value, unit, money, spelled));
        }
    }

    /**
     * A number word that is only part of a larger number written in words: "twelve" in "two
     * hundred and twelve" or "forty-five", "two" in "two hundred and twelve" or "two thousand".
     * Blanking it would split the number (key 12 for 212), so it is no quantity at all.
     */
    static boolean inWordNumber(List<Token> toks, int i) {
        int b = i - 1;
        if (b >= 0 && toks.get(b).text().matches("-|and")) {
            b--;
        }
        if (b >= 0 && b < i - 1 && toks.get(i - 1).text().equals("-") && NUMBER_WORDS.containsKey(toks.get(b).lower())) {
            return true; // "forty - five"
        }
        if (b >= 0 && (toks.get(b).lower().matches("hundred|thousand")
                || SCALES.containsKey(toks.get(b).lower()) && b > 0 && numberValue(toks.get(b - 1).text()) != null)) {
            return true; // "two hundred and twelve", "a thousand and one"
        }
        int a = i + 1;
        if (a < toks.size() && toks.get(a).text().equals("-")) {
            a++;
            return a < toks.size() && NUMBER_WORDS.containsKey(toks.get(a).lower()); // "forty - five"
        }
        if (a < toks.size() && toks.get(a).lower().matches("hundred|thousand")) {
            int c = a + 1;
            return c < toks.size() && (toks.get(c).lower().equals("and") || NUMBER_WORDS.containsKey(toks.get(c).lower()));
        }
        return false;
    }

    /** Adjectives that belong to a unit of measure: dropping them would name another unit. */
    private static final java.util.Set<String> UNIT_ADJECTIVES = java.util.Set.of("cubic", "square", "metric", "nautical");

    /**
     * "14 island nations": the unit is the whole noun compound, not its first word. A plural time
     * span ends it: in "for seventy years people here have waited" the unit is "years", and "people"
     * starts the clause (holdout 9 read the answer "70 years people").
     */
    private static String compound(List<Token> toks, int k) {
        int end = k + 1;
        while (end < toks.size() && end - k < 3 && isUnitWord(toks.get(end))
                && !TIME_SPANS.contains(toks.get(end - 1).lower())) {
            end++;
        }
        StringBuilder b = new StringBuilder();
        for (int u = k; u < end; u++) {
            b.append(u > k ? " " : "").append(toks.get(u).lower());
        }
        return b.toString();
    }

    private static final Set<String> TIME_SPANS = Set.of("seconds", "minutes", "hours", "days", "weeks", "months",
            "years", "decades", "centuries");

    private static boolean isUnitWord(Token t) {
        return (t.is("NOUN") || t.is("PROPN") && !t.capitalised()) && t.text().chars().allMatch(Character::isLetter);
    }

    private static boolean inDate(int sentence, int token, List<DateMention> dates) {
        for (DateMention d : dates) {
            if (d.sentence() == sentence && token >= d.from() && token < d.to()) {
                return true;
            }
        }
        return false;
    }

    // ---- dates ----

    private static void findDates(Sentence s, List<DateMention> out) {
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            int month = monthIndex(toks.get(i).text());
            if (month == 0) {
                continue;
            }
            int from = i;
            int to = i + 1;
            int day = 0;
            int year = 0;
            if (i > 0 && toks.get(i - 1).text().matches("\\d{1,2}")) {
                day = Integer.parseInt(toks.get(i - 1).text());
                from = i - 1;
            } else if (i + 1 < toks.size() && toks.get(i + 1).text().matches("\\d{1,2}")) {
                day = Integer.parseInt(toks.get(i + 1).text());
                to = i + 2;
            }
            int y = to;
            if (y < toks.size() && toks.get(y).text().equals(",")) {
                y++;
            }
            if (y < toks.size() && YEAR.matcher(toks.get(y).text()).matches()) {
                year = Integer.parseInt(toks.get(y).text());
                to = y + 1;
            }
            if (month == 5 && day == 0 && year == 0) {
                continue; // "may" the verb is lower case, but "May" may start a sentence
            }
            out.add(new DateMention(s.number(), from, to, s.span(from, to), year * 10000 + month * 100 + day, day > 0));
        }
        for (int i = 1; i < toks.size(); i++) {
            if (YEAR.matcher(toks.get(i).text()).matches() && toks.get(i - 1).lower().matches("in|since|by|until|of")
                    && out.stream().noneMatch(d -> d.sentence() == s.number())) {
                int y = Integer.parseInt(toks.get(i).text());
                out.add(new DateMention(s.number(), i, i + 1, toks.get(i).text(), y * 10000, false));
            }
        }
    }

    private static int monthIndex(String word) {
        int m = 1;
        for (String name : new String[] {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"}) {
            if (name.equals(word)) {
                return m;
            }
            m++;
        }
        return 0;
    }

    // ---- lists ----

    private static void findLists(Sentence s, List<ListFact> out) {
        List<Token> toks = s.tokens();
        for (int i = 1; i < toks.size(); i++) {
            boolean twoWords = i + 1 < toks.size()
                    && (toks.get(i).lower().equals("such") && toks.get(i + 1).lower().equals("as")
                    || toks.get(i).lower().equals("among") && toks.get(i + 1).lower().equals("them"));
            boolean marker = LIST_MARKERS.contains(toks.get(i).lower()) || twoWords;
            if (!marker) {
                continue;
            }
            int itemsFrom = twoWords ? i + 2 : i + 1;
            List<String> items = new ArrayList<>();
            int k = itemsFrom;
            int itemStart = k;
            boolean sawAnd = false;
            while (k <= toks.size()) {
                boolean atEnd = k == toks.size() || toks.get(k).text().matches("[.;:!?)”\"]");
                Token t = atEnd ? null : toks.get(k);
                boolean sep = !atEnd && (t.text().equals(",") || t.text().equals("and") || t.text().equals("or"));
                if (atEnd || sep) {
                    if (k > itemStart) {
                        if (k - itemStart > 4 || !nounPhrase(toks, itemStart, k)) {
                            break;
                        }
                        items.add(s.span(itemStart, k));
                    }
                    if (atEnd || sawAnd && t.text().equals(",")) {
                        break;
                    }
                    if (t.text().equals("and") || t.text().equals("or")) {
                        sawAnd = true;
                    }
                    itemStart = k + 1;
                }
                k++;
            }
            if (items.size() >= 3 && sawAnd) {
                String head = listHead(s, i);
                if (head != null) {
                    // Every marker here ("including", "such as", "among them") gives examples, not
                    // the whole list.
                    out.add(new ListFact(s.number(), head, items, itemsFrom, k, true));
                }
            }
        }
    }

    private static boolean nounPhrase(List<Token> toks, int from, int to) {
        boolean noun = false;
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (t.is("NOUN") || t.is("PROPN")) {
                noun = true;
            } else if (k < to - 1 && t.is("VERB") && t.text().matches("[a-z]+(ing|ed)")) {
                continue; // "illegal fishing patrols"
            } else if (!(t.is("ADJ") || t.is("NUM") || t.text().equals("-") || t.is("DET") && k == from)) {
                return false;
            }
        }
        return noun && toks.get(to - 1).is("NOUN") || noun && toks.get(to - 1).is("PROPN");
    }

    /** The noun phrase before ", including": "areas of bilateral cooperation". */
    private static String listHead(Sentence s, int marker) {
        List<Token> toks = s.tokens();
        int end = marker;
        if (end > 0 && toks.get(end - 1).text().equals(",")) {
            end--;
        }
        int start = end;
        int of = -1;
        while (start > 0 && end - start < 8) {
            Token t = toks.get(start - 1);
            if (t.text().equals("of") && start < end && of < 0) {
                of = start - 1;
                start--;
            } else if (t.is("NOUN") || t.is("ADJ") || t.is("PROPN")) {
                start--;
            } else {
                break;
            }
        }
        int headNoun = of >= 0 ? of - 1 : end - 1;
        if (of >= 0) {
            start = Math.max(start, of - 2);
        } else {
            start = Math.max(start, end - 3);
        }
        while (start < headNoun && QUANTIFIERS.contains(toks.get(start).lower())) {
            start++;
        }
        // A plural noun heads a real list ("areas", "projects"), not "the plan, including ...".
        if (headNoun < start || !toks.get(headNoun).is("NOUN") || !toks.get(headNoun).text().endsWith("s")) {
            return null;
        }
        return s.span(start, end);
    }

    // ---- pronouns ----

    /**
     * For each sentence, the person that a leading "He" or "She" (or a "he said" after a quotation)
     * most likely means: the first person named in the closest earlier sentence that names one.
     */
    private static List<String> resolvePronouns(boolean[] inSpeech, List<Sentence> sentences, List<List<Mention>> mentions) {
        List<String> subjects = new ArrayList<>();
        Set<String> maybeSurnames = maybePersonSurnames(mentions);
        String last = null;
        char lastGender = 0;
        int lastAt = -10;
        for (Sentence s : sentences) {
            String resolved = s.number() - lastAt <= 3 ? last : null;
            char pronoun = PronounCues.subjectPronoun(s, inSpeech[s.number() - 1]);
            char gender = pronoun == PronounCues.ONLY_IN_SPEECH ? 0 : pronoun;
            // "His mother, Nguyễn Thị Lan, watched ... He turned professional": not her (holdout 20).
            // Without such a word beside the name, the older check: "Mihaela Stoica ... as she cut a
            // ribbon beside Krasimir Dobrev. He told reporters": the article has already called her
            // "she", so "He" is someone else (holdout 9).
            boolean contradicts = lastGender != 0 ? gender != 0 && gender != lastGender
                    : contradictsGender(pronounGender(s.tokens()), sentences.get(Math.max(0, lastAt - 1)));
            if (resolved != null && contradicts) {
                resolved = null;
            }
            // "'He chose windy days,' the prosecutor said": the speaker's "he" is someone else (holdout 20).
            if (pronoun == PronounCues.ONLY_IN_SPEECH) {
                resolved = null;
            }
            subjects.add(resolved);
            List<Mention> here = mentions.get(s.number() - 1);
            int firstPerson = Integer.MAX_VALUE;
            String salient = null;
            char salientGender = 0;
            boolean unknown = false;
            for (Mention m : here) {
                boolean personLike = m.kind() == EntityKind.PERSON || mayBePerson(m)
                        || maybeSurnames.contains(m.text()) && subjectOfVerb(s, m);
                if (personLike && !quoted(s, m.from()) && !PronounCues.placePhrase(s, m)) {
                    firstPerson = m.titleFrom();
                    // A name that may be a person's breaks the chain: a later "he" may mean them,
                    // and crediting the person before would be worse than asking nothing.
                    salient = m.kind() == EntityKind.PERSON ? m.entity() : null;
                    salientGender = PronounCues.genderAt(s, m);
                    unknown = salient == null;
                    break;
                }
            }
            // "A spokeswoman for DHL said ... She said: ...": an unnamed person opening the sentence is
            // the one a later "she" means, so the chain to the last named person breaks (holdout 23).
            if (salient == null && !unknown && PronounCues.opensWithUnnamedPerson(s)) {
                unknown = true;
            }
            // "He also thanked ... Donald Trump": the subject is still the earlier person.
            for (int k = 0; k < s.tokens().size() && k < firstPerson; k++) {
                if (s.tokens().get(k).lower().matches("he|she")) {
                    salient = resolved;
                    salientGender = resolved == null ? 0 : lastGender != 0 ? lastGender : gender;
                    unknown = false;
                    break;
                }
            }
            if (salient != null || unknown) {
                last = salient;
                lastGender = salientGender;
                lastAt = s.number();
            }
        }
        return subjects;
    }

    /** 'm' for the first "he" of the sentence, 'f' for the first "she", 0 for neither. */
    private static char pronounGender(List<Token> toks) {
        for (Token t : toks) {
            if (t.lower().equals("he")) {
                return 'm';
            }
            if (t.lower().equals("she")) {
                return 'f';
            }
        }
        return 0;
    }

    /**
     * True when the sentence that named the person uses only pronouns of the other gender than
     * {@code gender}: a "she" or "her" there (and no "he", "him" or "his") rules out a later "he".
     */
    private static boolean contradictsGender(char gender, Sentence naming) {
        boolean male = false;
        boolean female = false;
        for (Token t : naming.tokens()) {
            String w = t.lower();
            male |= w.equals("he") || w.equals("him") || w.equals("his");
            female |= w.equals("she") || w.equals("her") || w.equals("hers");
        }
        return gender == 'm' && female && !male || gender == 'f' && male && !female;
    }

    /** True when token {@code at} is inside quotation marks: a name the speaker mentions is not the subject. */
    private static boolean quoted(Sentence s, int at) {
        boolean in = false;
        for (int k = 0; k < at; k++) {
            in = PronounCues.insideAfter(s.tokens().get(k).text(), in);
        }
        return in;
    }

    /**
     * "Dumont was among the first to congratulate Keane": the surname of a name that may be a
     * person's ("the French sailor Claire Dumont", of unknown kind) may be a person too, and as the
     * subject of a verb breaks the chain like the full name. Without it a later "she told" went past Dumont to Keane, and a
     * quotation was credited to the wrong sailor (holdout 11, first reading).
     */
    private static Set<String> maybePersonSurnames(List<List<Mention>> mentions) {
        Set<String> out = new HashSet<>();
        for (List<Mention> here : mentions) {
            for (Mention m : here) {
                if (mayBePerson(m)) {
                    out.add(EntityExtractor.surname(m.text()));
                }
            }
        }
        return out;
    }

    /** "Dumont was ...", not "Tigers captain Park Ji-hoon": the mention is followed by its verb. */
    private static boolean subjectOfVerb(Sentence s, Mention m) {
        return m.to() < s.tokens().size() && (s.tokens().get(m.to()).is("VERB") || s.tokens().get(m.to()).is("AUX"));
    }

    /** "Aled Pryce": two or three capitalised words of unknown kind could well be a person. */
    private static boolean mayBePerson(Mention m) {
        if (m.kind() != EntityKind.OTHER) {
            return false;
        }
        String[] words = m.text().split(" ");
        return words.length >= 2 && words.length <= 3 && !m.text().contains(" of ")
                && Gazetteers.country(m.text()) == null;
    }

    // ---- quotations ----

    private static final Pattern QUOTE = Pattern.compile("“([^”“]{3,}?)”|(?<![\\w])\"([^\"]{3,}?)\"(?![\\w])");

    private static List<Quote> findQuotes(String text, List<Sentence> sentences, List<List<Mention>> mentions,
            List<String> subjects) {
        List<Quote> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            int start = m.start(g);
            int end = m.end(g);
            Sentence first = sentenceAt(sentences, start);
            Sentence last = sentenceAt(sentences, end);
            if (first == null || last == null) {
                continue;
            }
            boolean partial = start - 1 > first.start();
            String quote = m.group(g).strip();
            if (partial) {
                quote = quote.replaceAll("[.,;:]+$", "");
            }
            String speaker = speakerAfter(last, end, mentions, subjects);
            if (speaker == null) {
                speaker = speakerBefore(first, start, mentions, subjects);
            }
            if (speaker != null) {
                out.add(new Quote(first.number(), start, end, quote, speaker, partial));
            }
        }
        return out;
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.start() && offset <= s.end()) {
                return s;
            }
        }
        return null;
    }

    /** {@code ,” Aliyev said} / {@code ,” said Aliyev} / {@code ,” he added}. */
    private static String speakerAfter(Sentence s, int quoteEnd, List<List<Mention>> mentions, List<String> subjects) {
        List<Token> toks = s.tokens();
        int k = s.tokenAt(quoteEnd + 1);
        if (k >= toks.size() || toks.get(k).is("PUNCT") && toks.get(k).text().equals(".")) {
            return null;
        }
        for (Mention mention : mentions.get(s.number() - 1)) {
            boolean before = mention.titleFrom() == k && mention.to() < toks.size()
                    && Gazetteers.SPEECH_VERBS.contains(toks.get(mention.to()).lower());
            boolean after = mention.titleFrom() == k + 1 && Gazetteers.SPEECH_VERBS.contains(toks.get(k).lower());
            if ((before || after) && mention.kind() == EntityKind.PERSON) {
                return mention.entity();
            }
        }
        if (k + 1 < toks.size() && toks.get(k).lower().matches("he|she")
                && Gazetteers.SPEECH_VERBS.contains(toks.get(k + 1).lower())) {
            return subjects.get(s.number() - 1);
        }
        return null;
    }

    /** {@code Aliyev said that ... “quote”}: the person right before the reporting verb. */
    private static String speakerBefore(Sentence s, int quoteStart, List<List<Mention>> mentions,
            List<String> subjects) {
        List<Token> toks = s.tokens();
        int q = s.tokenAt(quoteStart) - 1;
        String speaker = null;
        for (int k = 0; k < q && k < toks.size(); k++) {
            if (!Gazetteers.SPEECH_VERBS.contains(toks.get(k).lower()) && !toks.get(k).lower().matches("describ.*|call.*")) {
                continue;
            }
            for (Mention mention : mentions.get(s.number() - 1)) {
                if (mention.kind() == EntityKind.PERSON && mention.to() <= k && mention.to() >= k - 2) {
                    speaker = mention.entity();
                }
            }
            if (speaker == null && k > 0 && toks.get(k - 1).lower().matches("he|she")
                    || k > 1 && toks.get(k - 2).lower().matches("he|she") && toks.get(k - 1).is("ADV")) {
                speaker = subjects.get(s.number() - 1);
            }
        }
        return speaker;
    }
}
