package newsquiz.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * For the round-6 precision review (docs/generator-quality.md): one tab-separated line per ranked
 * question of each article's default bank, with what the generator knows about it at generation
 * time: builder, answer kind, whether the key's kind is confirmed, typed or with options, where
 * the rivals come from, sentence position, words shown, a definite subject opening the stem, score.
 * Usage: FeatureDump MAX SEED FILE...
 */
public final class FeatureDump {

    private static final Pattern MONTH = Pattern.compile(
            "January|February|March|April|May|June|July|August|September|October|November|December");
    private static final Set<String> DEFINITE = Set.of("The", "This", "These", "Those");

    private FeatureDump() {
    }

    public static void main(String[] args) throws Exception {
        int max = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Generator g = new Generator(NlpModels.shared());
        System.out.println("article\trank\ttype\tbuilder\tanswerKind\tconfirmed\toptions\trivals\tsentence\tshownWords\tdefiniteStart\tscore\tprompt");
        for (int a = 2; a < args.length; a++) {
            Path f = Path.of(args[a]);
            SourceText src = ArticleReader.read(Files.readAllBytes(f), f.toString());
            Generator.Result r = g.generate(src, f.getFileName().toString(),
                    new Generator.Options(null, max, Set.of(), seed), x -> { });
            Map<String, String> builderOf = builders(r.facts(), seed);
            String article = f.getFileName().toString().replace(".txt", "");
            int rank = 0;
            int total = r.facts().sentences().size();
            for (Candidate c : r.ranked()) {
                rank++;
                Entity key = c.answer() == null ? null : r.facts().entity(c.answer());
                String shown = ShortStem.shownSentence(c);
                String first = shown == null ? "" : shown.split("\\s+")[0];
                String second = shown == null || shown.split("\\s+").length < 2 ? "" : shown.split("\\s+")[1];
                boolean definite = DEFINITE.contains(first) && !second.isEmpty() && Character.isLowerCase(second.charAt(0));
                System.out.printf(Locale.ROOT, "%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d/%d\t%s\t%s\t%.2f\t%s%n", article, rank,
                        c.type().jsonName(), builderOf.getOrDefault(c.factKey() + "|" + c.prompt(), "?"),
                        answerKind(c, key), key == null ? "-" : KindEvidence.confirmed(r.facts(), key) ? "yes" : "no",
                        c.options().size() <= 1 ? "typed" : c.options().size() + "",
                        rivals(c, r.facts()), c.sentence(), total, shown == null ? "-" : Wording.words(shown) + "",
                        definite ? "yes" : "no", c.score(), c.prompt().replace('\t', ' '));
            }
        }
    }

    /** Which builder wrote each candidate: every builder re-run with the generator's own random stream. */
    private static Map<String, String> builders(Facts facts, long seed) {
        Map<String, String> out = new HashMap<>();
        for (QuestionBuilder b : List.of(new SubjectQuestions(), new MeetingQuestions(), new QuoteQuestions(), new ListQuestions(),
                new AppositiveQuestions(), new NumericQuestions(), new DateQuestions(), new RoleQuestions(), new ProfessionQuestions(),
                new ClozeQuestions(), new TrueFalseQuestions(), new OrderingQuestions())) {
            String name = b.getClass().getSimpleName();
            for (Candidate c : b.build(facts, new Random(seed * 31 + name.hashCode()))) {
                out.putIfAbsent(c.factKey() + "|" + c.prompt(), name.replace("Questions", ""));
            }
        }
        return out;
    }

    private static String answerKind(Candidate c, Entity key) {
        if (key != null) {
            return key.kind().name().toLowerCase(Locale.ROOT);
        }
        if (c.answer() == null) {
            return "statement";
        }
        if (MONTH.matcher(c.answer()).matches()) {
            return "month";
        }
        if (c.answer().matches("1[89]\\d\\d|20\\d\\d")) {
            return "year";
        }
        if (c.type() == newsquiz.bank.QuestionType.NUMERIC || c.answer().matches("[\\d.,]+.*")) { // "three days" too
            return "number";
        }
        return switch (c.type()) {
            case SHORT_ANSWER -> "role";
            case MATCHING -> "quotes";
            case ORDERING -> "events";
            case MULTIPLE_SELECT -> "list";
            default -> "common noun";
        };
    }

    /** "article" when every rival is written in the article, "gazetteer" when none is, else "mixed"; "-" without rivals. */
    private static String rivals(Candidate c, Facts facts) {
        if (c.options().size() <= 1 || c.type() == newsquiz.bank.QuestionType.MATCHING
                || c.type() == newsquiz.bank.QuestionType.ORDERING) {
            return "-";
        }
        int in = 0;
        int n = 0;
        for (String o : c.options()) {
            if (o.equals(c.answer()) || c.type() == newsquiz.bank.QuestionType.NUMERIC) {
                continue;
            }
            n++;
            if (Wording.containsWord(facts.text(), o)) {
                in++;
            }
        }
        return n == 0 ? "-" : in == n ? "article" : in == 0 ? "gazetteer" : "mixed";
    }
}
