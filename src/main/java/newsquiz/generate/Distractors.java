package newsquiz.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Wrong options. Same-type spans from the same article first (people for people, countries for
 * countries), then gazetteers; never something the source sentence itself names, and for
 * gazetteer picks never something the article mentions at all (so the option is really false).
 */
final class Distractors {

    private Distractors() {
    }

    /** The JDK's region list includes territories; as "countries" they would be wrong options. */
    private static final java.util.regex.Pattern TERRITORIES = java.util.regex.Pattern.compile(
            "Island|Guadeloupe|Martinique|Réunion|Mayotte|French |Puerto Rico|Guam|Greenland|Faroe|Bermuda|Aruba|"
            + "Curaçao|Gibraltar|Jersey|Guernsey|Isle of Man|Hong Kong|Macao|Caledonia|Western Sahara|Antarctica|"
            + "Bouvet|Tokelau|Niue|Norfolk|Pitcairn|Svalbard|Montserrat|Anguilla|Saint Martin|Sint Maarten|"
            + "Wallis|Heard|Helena|Barthélemy|Pierre|Samoa|Mariana|Outlying|Territor|Caribbean|Bonaire|Åland");

    /** Country names fit to be options (no territories, plain ASCII letters), split by whether they take "the". */
    private static final List<String> COUNTRIES_WITH_THE = new ArrayList<>();
    private static final List<String> COUNTRIES_WITHOUT_THE = new ArrayList<>();

    static {
        for (String c : Gazetteers.COUNTRY_NAMES) {
            if (!TERRITORIES.matcher(c).find() && c.chars().allMatch(ch -> ch < 128 && (Character.isLetter(ch) || ch == ' '))) {
                (TrueFalseQuestions.needsThe(c) ? COUNTRIES_WITH_THE : COUNTRIES_WITHOUT_THE).add(c);
            }
        }
    }

    private static final ThreadLocal<Object[]> MENTIONED = ThreadLocal.withInitial(() -> new Object[2]);

    /** The country names (of the option lists) that the article's text contains, found once per article. */
    @SuppressWarnings("unchecked")
    private static Set<String> mentionedCountries(Facts facts) {
        Object[] last = MENTIONED.get();
        if (last[0] != facts.text()) {
            Set<String> found = new java.util.HashSet<>();
            for (List<String> list : List.of(COUNTRIES_WITH_THE, COUNTRIES_WITHOUT_THE)) {
                for (String c : list) {
                    if (Wording.containsWord(facts.text(), c)) {
                        found.add(c);
                    }
                }
            }
            last[0] = facts.text();
            last[1] = found;
        }
        return (Set<String>) last[1];
    }

    /** Other entities of the same kind, most-mentioned first, none named in {@code sentence} (1-based; 0 for none). */
    static List<String> sameKind(Facts facts, Entity key, int sentence, int wanted, Random rnd) {
        Set<String> inSentence = new LinkedHashSet<>();
        if (sentence > 0) { // 0: exclude nothing
            for (Mention m : facts.mentions().get(sentence - 1)) {
                inSentence.add(m.entity());
            }
        }
        List<Entity> pool = new ArrayList<>();
        // A key whose kind is not confirmed gets no rivals (its question is typed or not asked), and
        // only confirmed entities are offered: a wrongly typed option fails the whole question.
        if (!KindEvidence.confirmed(facts, key)) {
            return new ArrayList<>();
        }
        for (Entity e : facts.entities()) {
            if (e.kind() == key.kind() && !e.name().equals(key.name()) && !inSentence.contains(e.name())
                    && KindEvidence.confirmed(facts, e)
                    && !overlaps(e.name(), key.name()) && e.name().length() > 1) {
                pool.add(e);
            }
        }
        pool.sort(Comparator.comparingInt((Entity e) -> -e.count()).thenComparing(Entity::name));
        List<String> out = new ArrayList<>();
        boolean region = Gazetteers.isRegionName(key.name());
        for (Entity e : pool) {
            // Places: a city's rivals are cities, a region's rivals regions ("Latin America" is no city).
            if (out.size() < wanted && similarLength(e.name(), key.name(), 3.0)
                    && (key.kind() != EntityKind.PLACE || Gazetteers.isRegionName(e.name()) == region)) {
                out.add(e.name());
            }
        }
        if (out.size() < wanted && key.kind() == EntityKind.COUNTRY) {
            out.addAll(countries(facts, key.name(), wanted - out.size(), out, rnd));
        }
        return out;
    }

    /**
     * Countries the article never mentions, of about the key's length, from the key's world region
     * first (other regions only when the region has too few).
     */
    static List<String> countries(Facts facts, String key, int wanted, List<String> taken, Random rnd) {
        List<String> near = new ArrayList<>();
        List<String> far = new ArrayList<>();
        String region = Gazetteers.region(key);
        boolean keyThe = TrueFalseQuestions.needsThe(key);
        for (String c : keyThe ? COUNTRIES_WITH_THE : COUNTRIES_WITHOUT_THE) {
            if (!c.equalsIgnoreCase(key) && !taken.contains(c) && similarLength(c, key, 1.6)
                    && !mentionedCountries(facts).contains(c)) {
                (region != null && region.equals(Gazetteers.region(c)) ? near : far).add(c);
            }
        }
        List<String> out = pick(near, wanted, rnd);
        if (out.size() < wanted) {
            out.addAll(pick(far, wanted - out.size(), rnd));
        }
        return out;
    }

    /** Topic nouns the article never uses, for lists of common nouns. */
    static List<String> topics(Facts facts, List<String> keys, int wanted, Random rnd) {
        List<String> pool = new ArrayList<>();
        for (String t : Gazetteers.TOPIC_NOUNS) {
            boolean used = false;
            for (String w : t.split(" ")) {
                used |= Wording.containsWord(facts.text(), w);
            }
            if (!used) {
                pool.add(t);
            }
        }
        return pick(pool, wanted, rnd);
    }

    private static List<String> pick(List<String> pool, int wanted, Random rnd) {
        List<String> copy = new ArrayList<>(pool);
        List<String> out = new ArrayList<>();
        while (out.size() < wanted && !copy.isEmpty()) {
            out.add(copy.remove(rnd.nextInt(copy.size())));
        }
        return out;
    }

    /**
     * Numbers near {@code value} that the sentence does not contain: small counts move by a few,
     * larger values by 25-50%, and the form (digits or words) follows the original.
     */
    static List<Double> numbers(double value, Set<Double> exclude, int wanted, Random rnd) {
        List<Double> candidates = new ArrayList<>();
        boolean whole = value == Math.rint(value);
        if (whole && value <= 12) {
            for (double d : new double[] {value + 2, value - 2, value + 1, value * 2, value + 4, value - 1, value + 3}) {
                candidates.add(d);
            }
        } else {
            for (double f : new double[] {1.5, 0.5, 2, 0.75, 1.25, 3}) {
                double d = value * f;
                candidates.add(whole ? Math.rint(d / roundTo(value)) * roundTo(value) : Math.round(d * 10) / 10.0);
            }
        }
        List<Double> out = new ArrayList<>();
        for (double d : candidates) {
            if (out.size() < wanted && d > 0 && d != value && !exclude.contains(d) && !out.contains(d)) {
                out.add(d);
            }
        }
        // Shuffle lightly so the key is not always the middle value.
        if (rnd.nextBoolean() && out.size() > 1) {
            java.util.Collections.swap(out, 0, out.size() - 1);
        }
        return out;
    }

    private static double roundTo(double value) {
        double mag = Math.pow(10, Math.floor(Math.log10(Math.abs(value))));
        return Math.max(1, mag / 2);
    }

    static String formatNumber(double value, boolean spelled) {
        if (spelled && value == Math.rint(value)) {
            for (var e : FactExtractor.NUMBER_WORDS.entrySet()) {
                if (e.getValue() == (int) value && !e.getKey().equals("dozen")) {
                    return e.getKey();
                }
            }
        }
        if (value == Math.rint(value)) {
            long v = (long) value;
            return v >= 10000 ? String.format(Locale.ROOT, "%,d", v) : Long.toString(v);
        }
        return String.format(Locale.ROOT, "%s", value);
    }

    /**
     * {@link #formatNumber}, with thousands commas when the number it stands in for has them: a
     * swapped-in "2500" beside the article's "1,240" marks itself as the changed figure (holdout 17,
     * first reading).
     */
    static String formatLike(double value, boolean spelled, String original) {
        String plain = formatNumber(value, spelled);
        if (original.matches("\\d{1,3}(,\\d{3})+") && plain.matches("\\d{4}")) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return plain;
    }

    static boolean similarLength(String a, String b, double ratio) {
        double la = a.length();
        double lb = b.length();
        return Math.max(la, lb) <= ratio * Math.min(la, lb) + 4;
    }

    /** "Aliyev" and "Ilham Aliyev", "Caucasus" and "South Caucasus": one contains the other's words. */
    static boolean overlaps(String a, String b) {
        return Wording.containsWord(a, b) || Wording.containsWord(b, a);
    }
}
