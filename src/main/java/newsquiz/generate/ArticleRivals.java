package newsquiz.generate;

/**
 * Whether a rival comes from the article rather than from a gazetteer. Gazetteer countries are
 * surely false but seldom plausible: in the reviewed banks every country gap-fill whose rivals came
 * from the gazetteer was marked weak or failed for them (docs/generator-quality.md, "Round 6").
 */
final class ArticleRivals {

    private ArticleRivals() {
    }

    /** @return true when the article itself names the rival (so a reader has met it) */
    static boolean named(Facts facts, String rival) {
        return facts.entity(rival) != null;
    }
}
