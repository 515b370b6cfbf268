package newsquiz.generate;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Word lists for typing entities and for distractors. Countries, months and days come from the
 * JDK; the short lists of titles and organisation words are written out here.
 */
final class Gazetteers {

    /** Country names (JDK English display names plus common short forms) -> canonical name. */
    static final Map<String, String> COUNTRIES;
    /** Canonical country names, sorted, for distractors. */
    static final List<String> COUNTRY_NAMES;
    static final Set<String> MONTHS;
    static final Set<String> DAYS;

    static {
        Map<String, String> countries = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (!name.isBlank() && !name.contains("&") && name.length() <= 24) {
                countries.put(name, name);
            }
        }
        String[][] aliases = {{"US", "United States"}, {"U.S.", "United States"}, {"USA", "United States"},
            {"United States of America", "United States"}, {"America", "United States"},
            {"UK", "United Kingdom"}, {"U.K.", "United Kingdom"}, {"Britain", "United Kingdom"},
            {"Great Britain", "United Kingdom"}, {"Russia", "Russia"}, {"South Korea", "South Korea"},
            {"North Korea", "North Korea"}, {"Czech Republic", "Czechia"}, {"Holland", "Netherlands"},
            {"Turkey", "Turkey"}, {"Türkiye", "Turkey"}, {"Ivory Coast", "Côte d’Ivoire"},
            {"Vatican", "Vatican City"}};
        for (String[] a : aliases) {
            countries.put(a[0], a[1]);
        }
        COUNTRIES = Collections.unmodifiableMap(countries);
        countries.replaceAll((k, v) -> v.equals("Türkiye") ? "Turkey" : v);
        COUNTRY_NAMES = List.copyOf(new TreeSet<>(countries.values()));
        Set<String> months = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Month m : Month.values()) {
            months.add(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        MONTHS = Collections.unmodifiableSet(months);
        Set<String> days = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (DayOfWeek d : DayOfWeek.values()) {
            days.add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        DAYS = Collections.unmodifiableSet(days);
    }

    /** Language names (JDK English display names): "English", "Norwegian". */
    private static final Set<String> LANGUAGES;

    static {
        Set<String> languages = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String code : Locale.getISOLanguages()) {
            String name = new Locale(code).getDisplayLanguage(Locale.ENGLISH);
            if (name.length() >= 4 && name.chars().allMatch(Character::isLetter)) {
                languages.add(name);
            }
        }
        LANGUAGES = Collections.unmodifiableSet(languages);
    }

    /** "published in English": a language, which is no place (unless it also names a country). */
    static boolean isLanguage(String word) {
        return LANGUAGES.contains(word) && country(word) == null;
    }

    /** Titles that precede a person's name, longest first so "Vice President" wins over "President". */
    static final List<String> TITLES = List.of("Deputy Prime Minister", "Prime Minister", "Vice President",
            "Foreign Minister", "Finance Minister", "Health Minister", "Defence Minister", "Defense Minister",
            "Interior Minister", "Secretary of State", "Secretary-General", "Secretary General", "Chief Executive",
            "Chief Scientist", "Deputy Mayor", "Deputy Leader", "Opposition Leader", "Head Coach", "Team Captain",
            "Chief Constable", "Fire Chief", "Police Chief", "Deputy Governor",
            "President", "Chancellor", "Minister", "Secretary", "Senator", "Governor", "Mayor", "Councillor",
            "Councilor", "Ambassador", "General", "Admiral", "Judge", "Justice", "King", "Queen", "Prince",
            "Princess", "Sheikh", "Professor", "Prof.", "Prof", "Ing.", "Ing", "Mgr.", "Dipl.-Ing.", "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.",
            "Coach", "Captain", "Chairman", "Chairwoman", "Chair", "Director", "Commissioner", "Inspector",
            "Superintendent", "Sergeant", "Detective", "Representative", "Rep.", "Sen.", "Gov.", "Premier",
            "Speaker", "Pope", "Archbishop", "Bishop", "Lord", "Lady", "Sir", "Dame");

    /** Honorifics that say "person" but are not an office worth asking about. */
    static final Set<String> HONORIFICS = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame",
            "Lord", "Lady", "Prof.", "Prof", "Professor", "Ing.", "Ing", "Mgr.", "Dipl.-Ing.");

    /** Words that make a capitalised run an organisation. */
    static final Set<String> ORG_WORDS = Set.of("government", "ministry", "council", "union", "organisation",
            "organization", "association", "bank", "company", "corporation", "corp", "corp.", "inc", "inc.", "ltd",
            "group", "agency", "committee", "party", "university", "institute", "commission", "fund", "club", "fc",
            "department", "authority", "service", "office", "court", "parliament", "assembly", "senate", "congress",
            "board", "federation", "league", "alliance", "foundation", "trust", "hospital", "school", "college",
            "laboratory", "observatory", "centre", "center", "society", "airlines", "airways", "railways",
            "police", "army", "navy", "forces", "brigade", "network", "systems", "technologies", "motors",
            "industries", "holdings", "partners", "labs", "exchange", "reserve", "secretariat", "nations",
            "cabinet", "tribunal", "utilities", "council's", "rovers", "united", "city", "confederation", "chamber",
            "coalition", "movement", "consortium", "institution", "directorate", "inspectorate", "regulator",
            "charity", "trade union", "unions", "academy", "museum", "library", "clinic", "ngo");

    /** Words that make a capitalised run a place. */
    static final Set<String> PLACE_WORDS = Set.of("river", "sea", "ocean", "lake", "mountains", "mountain", "valley",
            "street", "road", "avenue", "square", "bridge", "bay", "island", "islands", "peninsula", "province",
            "county", "district", "region", "state", "coast", "desert", "park", "harbour", "harbor", "port",
            "village", "town", "caucasus", "gulf", "strait", "canal", "station", "stadium", "arena", "airport",
            "hills", "forest", "heights", "estate", "ward", "borough", "quarter", "basin", "delta", "falls");

    /** Verbs that mark their subject as a person (reporting speech or thought). */
    static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "tells", "added", "adds", "noted",
            "notes", "stated", "states", "explained", "explains", "argued", "argues", "warned", "warns", "insisted",
            "insists", "announced", "announces", "remarked", "declared", "declares", "stressed", "stresses",
            "emphasised", "emphasized", "asked", "asks", "replied", "wrote", "writes", "claimed", "claims",
            "admitted", "admits", "recalled", "recalls", "cautioned", "conceded", "concedes", "confirmed",
            "confirms", "predicted", "observed", "acknowledged", "urged", "urges", "pointed");

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "her", "them", "his", "hers", "their",
            "theirs", "himself", "herself", "themselves", "we", "us", "our", "i", "me", "my", "you", "your");

    /**
     * Generic topic nouns used as distractors for lists of common nouns (areas of cooperation,
     * causes, sectors): plausible in news, and checked against the article so none is true.
     */
    static final List<String> TOPIC_NOUNS = List.of("tourism", "education", "healthcare", "agriculture",
            "fisheries", "space research", "cultural heritage", "public transport", "housing", "digital services",
            "shipbuilding", "forestry", "sport", "water management", "tax policy", "textiles", "banking regulation",
            "maritime law", "pensions", "vaccine research", "road safety", "broadcasting", "mining safety",
            "food labelling", "postal services", "wildlife protection", "air quality", "youth employment",
            "arts funding", "flood defences", "coastal erosion", "rail freight", "consumer credit",
            "nuclear research", "tourism marketing", "drug pricing", "school meals", "data protection");

    /**
     * World regions by ISO code, so that gazetteer distractors come from the key's part of the world
     * (a Latin American trading partner gets Latin American rivals, not Laos).
     */
    private static final String[][] REGIONS = {
        {"europe", "AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MC MD ME MK MT NL"
            + " NO PL PT RO RS RU SE SI SK SM UA VA XK"},
        {"middle-east", "AE BH DZ EG IL IQ IR JO KW LB LY MA OM PS QA SA SY TN TR YE"},
        {"africa", "AO BF BI BJ BW CD CF CG CI CM CV DJ ER ET GA GH GM GN GQ GW KE KM LR LS MG ML MR MU MW MZ NA NE NG"
            + " RW SC SD SL SN SO SS ST SZ TD TG TZ UG ZA ZM ZW"},
        {"central-asia", "AM AZ GE KZ KG TJ TM UZ MN"},
        {"south-asia", "AF BD BT IN LK MV NP PK"},
        {"east-asia", "BN CN ID JP KH KP KR LA MM MY PH SG TH TL TW VN"},
        {"oceania", "AU FJ FM KI MH NR NZ PG PW SB TO TV VU WS"},
        {"north-america", "CA US"},
        {"latin-america", "AG AR BB BO BR BS BZ CL CO CR CU DM DO EC GD GT GY HN HT JM KN LC MX NI PA PE PY SR SV TT UY"
            + " VC VE"}};

    /** Canonical country name -> region name; countries not listed have none. */
    private static final Map<String, String> REGION_OF;

    static {
        Map<String, String> regions = new java.util.HashMap<>();
        for (String[] r : REGIONS) {
            for (String code : r[1].split(" ")) {
                String name = COUNTRIES.get(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
                if (name != null) {
                    regions.put(name, r[0]);
                }
            }
        }
        regions.put("Turkey", "middle-east");
        REGION_OF = Map.copyOf(regions);
    }

    /** The world region of a canonical country name, or null. */
    static String region(String country) {
        return REGION_OF.get(country);
    }

    /** "South Pacific", "Latin America", "the Atlantic": a region or sea, not a city or a building. */
    static boolean isRegionName(String name) {
        return REGION_WORDS.matcher(name).matches() || SUBDIVISIONS.contains(name);
    }

    /**
     * States and provinces that news names without saying "state" (a store "in Ontario" is not in a
     * city, and Toronto is no rival of Ontario). Names that are as often a city or a country
     * (New York, Washington, Georgia, Berlin) are left out.
     */
    private static final Set<String> SUBDIVISIONS = Set.of("Alabama", "Alaska", "Arizona", "Arkansas",
            "California", "Colorado", "Connecticut", "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana",
            "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
            "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
            "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
            "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia",
            "Wisconsin", "Wyoming", "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan",
            "Nova Scotia", "New Brunswick", "Newfoundland", "Labrador", "Yukon", "Nunavut", "New South Wales",
            "Queensland", "Victoria", "Tasmania", "Western Australia", "South Australia", "Northern Territory",
            "England", "Scotland", "Wales", "Northern Ireland", "Bavaria", "Saxony", "Lower Saxony", "Thuringia",
            "Hesse", "Brandenburg", "Baden-Württemberg", "North Rhine-Westphalia", "Rhineland-Palatinate",
            "Schleswig-Holstein", "Catalonia", "Andalusia", "Galicia", "Lombardy", "Tuscany", "Sicily", "Sardinia",
            "Brittany", "Normandy", "Provence", "Flanders", "Wallonia");

    private static final java.util.regex.Pattern REGION_WORDS = java.util.regex.Pattern.compile("(?i).*\\b(america|europe|asia|africa|pacific|atlantic|arctic|antarctic|antarctica|indian ocean|"
                + "middle east|caucasus|balkans|baltic|mediterranean|sahel|caribbean|scandinavia|sea|ocean|gulf|"
                + "north|south|east|west|northern|southern|eastern|western|central)\\b.*");

    private Gazetteers() {
    }

    /** The nations of the United Kingdom, which news calls countries but the country list does not have. */
    static final Set<String> UK_NATIONS = Set.of("England", "Scotland", "Wales", "Northern Ireland");

    static String country(String name) {
        return COUNTRIES.get(name);
    }

    static boolean isMonthOrDay(String word) {
        return MONTHS.contains(word) || DAYS.contains(word);
    }
}
