package newsquiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import newsquiz.bank.BankValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generator never throws and always writes a valid bank, whatever the seed, the size asked for
 * or the order of the paragraphs. Holdout 8's first reading found an article that crashed it with
 * the default settings (a one-word phrase among the gap-fill rivals), which no review had hit; this
 * runs every reviewed article in 5 more ways.
 */
class GeneratorRobustnessTest {

    static List<String> articles() {
        return GeneratedBanks.ALL;
    }

    private static String next(String article) {
        List<String> all = GeneratedBanks.ALL;
        return all.get((all.indexOf(article) + 1) % all.size());
    }

    @ParameterizedTest
    @MethodSource("articles")
    void otherSeedsSizesAndParagraphOrdersGiveValidBanks(String article) {
        String text = new String(GeneratedBanks.bytes(article), StandardCharsets.UTF_8);
        List<String> paragraphs = new ArrayList<>(List.of(text.split("\n\n")));
        String headline = paragraphs.remove(0);
        Collections.shuffle(paragraphs, new Random(article.hashCode()));
        String shuffled = headline + "\n\n" + String.join("\n\n", paragraphs);
        // and paragraphs of the next article in the list woven in: names, numbers and quotations
        // the generator has never seen side by side
        List<String> others = List.of(new String(GeneratedBanks.bytes(next(article)), StandardCharsets.UTF_8)
                .split("\n\n"));
        StringBuilder woven = new StringBuilder(headline);
        for (int i = 0; i < Math.max(paragraphs.size(), others.size() - 1); i++) {
            if (i < paragraphs.size()) {
                woven.append("\n\n").append(paragraphs.get(i));
            }
            if (i + 1 < others.size()) {
                woven.append("\n\n").append(others.get(i + 1));
            }
        }
        List<Object[]> runs = List.of(
                new Object[] {text, new Generator.Options(null, 5, Set.of(), 2)},
                new Object[] {text, new Generator.Options(null, 60, Set.of(), 3)},
                new Object[] {text, new Generator.Options(null, 20, Set.of(), 4)},
                new Object[] {shuffled, new Generator.Options(null, 20, Set.of(), 1)},
                new Object[] {woven.toString(), new Generator.Options(null, 20, Set.of(), 5)});
        for (Object[] run : runs) {
            Generator.Options options = (Generator.Options) run[1];
            Generator.Result result = GeneratedBanks.generate(((String) run[0]).getBytes(StandardCharsets.UTF_8),
                    article + ".txt", options);
            assertThat(BankValidator.validate(result.bank())).as("%s, seed %d, max %d", article, options.seed(), options.max())
                    .isEmpty();
            assertThat(result.bank().questions()).as("%s, seed %d", article, options.seed()).isNotEmpty()
                    .hasSizeLessThanOrEqualTo(options.max());
        }
    }
}
