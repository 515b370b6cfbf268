package newsquiz.generate;

import java.nio.file.Files;
import java.nio.file.Path;

import newsquiz.bank.Question;

/**
 * For the rubric review (scripts/review-generate.sh): prints every question generated from each
 * article given, in rank order, with its id, type, source sentence number and key marked "*".
 * Usage: ReviewDump MAX SEED FILE...
 */
public final class ReviewDump {

    private ReviewDump() {
    }

    public static void main(String[] args) throws Exception {
        int max = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Generator g = new Generator(NlpModels.shared());
        for (int a = 2; a < args.length; a++) {
            Path f = Path.of(args[a]);
            SourceText src = ArticleReader.read(Files.readAllBytes(f), f.toString());
            Generator.Result r = g.generate(src, f.getFileName().toString(),
                    new Generator.Options(null, max, java.util.Set.of(), seed), x -> { });
            System.out.println("=== " + f.getFileName() + ": " + r.bank().questions().size() + " questions ("
                    + r.ranked().size() + " ranked, " + r.rejected().size() + " rejected by item checks)");
            if (System.getenv("REVIEW_FACTS") != null) {
                for (Entity e : r.facts().entities()) {
                    System.out.println("  entity " + e.kind() + " " + e.name() + " role=" + e.role() + " x" + e.count());
                }
                r.facts().quantities().forEach(q -> System.out.println("  quantity " + q));
                r.facts().dates().forEach(d -> System.out.println("  date " + d));
                r.facts().lists().forEach(l -> System.out.println("  list " + l));
                r.facts().quotes().forEach(q -> System.out.println("  quote " + q.speaker() + ": " + q.text()));
            }
            if (System.getenv("REVIEW_ALL") != null) {
                for (Candidate c : r.candidates()) {
                    System.out.printf("  cand %s s%d %.2f %s | %s | %s%n", r.ranked().contains(c) ? "+" : "-", c.sentence(),
                            c.score(), c.type().jsonName(), c.prompt(), c.answer());
                }
                for (Candidate c : r.rejected()) {
                    System.out.println("  rejected " + ItemChecks.problem(c, r.facts()) + ": " + c.prompt() + " | " + c.options());
                }
            }
            for (Question q : r.bank().questions()) {
                System.out.println();
                System.out.println(q.id() + "  (sentence " + q.info().provenance().sentence() + ")");
                for (String line : QuestionText.lines(q)) {
                    System.out.println(line);
                }
            }
            System.out.println();
        }
    }
}
