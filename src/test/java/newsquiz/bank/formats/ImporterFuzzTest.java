package newsquiz.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import newsquiz.bank.BankValidator;
import newsquiz.bank.Question;
import org.junit.jupiter.api.Test;

/**
 * Property tests: random text, and random mutations of valid GIFT and Aiken files, never crash an
 * importer or make it hang. Each input ends in exactly one of two ways: a bank that passes
 * {@link BankValidator}, or an {@link ImportException} whose problems name the file. For GIFT,
 * whatever imports also survives export and re-import unchanged.
 *
 * <p>Seeded, so a failure repeats: the message gives the seed and the input. Run longer with
 * {@code -Dfuzz.runs=100000}, or from another seed with {@code -Dfuzz.seed=N}.
 */
class ImporterFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20260601L);
    /** Inputs per property; the mutated GIFT inputs are whole example files, so fewer of them. */
    private static final int RUNS = Integer.getInteger("fuzz.runs", 2000);
    private static final int FILE_RUNS = Integer.getInteger("fuzz.runs", 300);
    private static final String GIFT_ALPHABET = "{}{}~~==##::%%\\\\\n\n\n  ->[]/$.TF0123456789-abcxyz*\t\r\u00e9\uFDD0";
    private static final String AIKEN_ALPHABET = "ABCDE.)  \n\n\nANSWER:answer?xyz01\t\r";

    @FunctionalInterface
    interface Importer {
        ImportResult parse(String text, String file) throws ImportException;
    }

    @Test
    void randomTextNeverCrashesTheGiftImporter() {
        fuzz("random GIFT", SEED, RUNS, r -> randomText(r, GIFT_ALPHABET, 300), GiftImporter::parse, true);
    }

    @Test
    void mutatedMoodleExamplesNeverCrashTheGiftImporter() throws Exception {
        String valid = Files.readString(Path.of("src/test/resources/gift/moodle-docs.gift"))
                + "\n\n" + Files.readString(Path.of("src/test/resources/gift/moodle-examples.gift"));
        fuzz("mutated GIFT", SEED + 1, FILE_RUNS, r -> mutate(r, valid, GIFT_ALPHABET), GiftImporter::parse, true);
    }

    @Test
    void randomTextNeverCrashesTheAikenImporter() {
        fuzz("random Aiken", SEED + 2, RUNS, r -> randomText(r, AIKEN_ALPHABET, 200), AikenImporter::parse, false);
    }

    @Test
    void mutatedAikenNeverCrashesTheAikenImporter() {
        String valid = "What is the capital?\nA. Baku\nB) Ganja\nC. Sumqayit\nANSWER: A\n\n"
                + "Which LMS has the most quiz import formats?\nA) Moodle\nB) ATutor\nANSWER: a\n";
        fuzz("mutated Aiken", SEED + 3, RUNS, r -> mutate(r, valid, AIKEN_ALPHABET), AikenImporter::parse, false);
    }

    @Test
    void pathologicalInputsFinishQuickly() {
        String[] inputs = {
                "{".repeat(100_000), "}".repeat(100_000), "~".repeat(100_000), "Q {" + "=a ".repeat(30_000) + "}",
                "Q {#" + "=1..2 ".repeat(20_000) + "}", "\\".repeat(100_000), "::".repeat(50_000),
                "x\n".repeat(100_000), "A. a\n".repeat(50_000), ("Q\n" + "A. a\n".repeat(20) + "ANSWER: A\n\n").repeat(5_000)};
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String input : inputs) {
                check("pathological", 0, input, GiftImporter::parse, true);
                check("pathological", 0, input, AikenImporter::parse, false);
            }
        });
    }

    private interface Generator {
        String next(Random r);
    }

    private static void fuzz(String what, long seed, int runs, Generator generator, Importer importer,
            boolean roundTrip) {
        // generous: the machine is shared; a real hang never finishes, a slow run only takes longer
        Duration limit = Duration.ofSeconds(60 + runs / 20);
        assertTimeoutPreemptively(limit, () -> {
            Random random = new Random(seed);
            for (int i = 0; i < runs; i++) {
                String input = generator.next(random);
                long start = System.nanoTime();
                check(what, seed, input, importer, roundTrip);
                long ms = (System.nanoTime() - start) / 1_000_000;
                assertThat(ms).as("%s (seed %d): %d ms for input%n%s", what, seed, ms, input).isLessThan(5_000);
            }
        }, what + ": the importer hung (seed " + seed + ")");
    }

    private static void check(String what, long seed, String input, Importer importer, boolean roundTrip) {
        ImportResult result;
        try {
            result = importer.parse(input, "fuzz.txt");
        } catch (ImportException e) {
            assertThat(e.problems()).as("%s (seed %d): problems for input%n%s", what, seed, input)
                    .isNotEmpty().allMatch(p -> p.startsWith("fuzz.txt:") && !p.contains("\n"));
            return;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(what + " (seed " + seed + ") crashed with " + e + " on input:\n" + input, e);
        }
        assertThat(BankValidator.validate(result.bank())).as("%s (seed %d): invalid bank from input%n%s", what, seed, input)
                .isEmpty();
        if (roundTrip) {
            String gift = GiftExporter.write(result.bank()).text();
            try {
                ImportResult again = GiftImporter.parse(gift, "fuzz.txt");
                List<Question> before = result.bank().questions();
                List<Question> after = again.bank().questions();
                for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
                    if (!before.get(i).equals(after.get(i))) {
                        throw new AssertionError(what + " (seed " + seed + "): round trip changed question " + (i + 1)
                                + "\nimported: " + before.get(i) + "\nre-imported: " + after.get(i) + "\nexported as:\n"
                                + GiftExporter.write(result.bank().withQuestions(List.of(before.get(i)))).text());
                    }
                }
                assertThat(after).as("%s (seed %d): round trip of%n%s", what, seed, input).hasSameSizeAs(before);
            } catch (ImportException e) {
                throw new AssertionError(what + " (seed " + seed + "): export of input\n" + input + "\ndoes not re-import: "
                        + e.problems() + "\n" + gift, e);
            }
        }
    }

    static String randomText(Random r, String alphabet, int maxLength) {
        int n = r.nextInt(maxLength + 1);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(r.nextInt(8) == 0 ? (char) (32 + r.nextInt(95)) : alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** A few random edits: insert special characters, delete or duplicate a stretch, swap two lines. */
    static String mutate(Random r, String valid, String alphabet) {
        StringBuilder b = new StringBuilder(valid);
        int edits = 1 + r.nextInt(6);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(5)) {
                case 0 -> b.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
                case 1 -> b.delete(at, Math.min(b.length(), at + 1 + r.nextInt(20)));
                case 2 -> b.insert(at, b.substring(at, Math.min(b.length(), at + 1 + r.nextInt(40))));
                case 3 -> b.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
                default -> {
                    String[] lines = b.toString().split("\n", -1);
                    int i = r.nextInt(lines.length);
                    int j = r.nextInt(lines.length);
                    String t = lines[i];
                    lines[i] = lines[j];
                    lines[j] = t;
                    b = new StringBuilder(String.join("\n", lines));
                }
            }
        }
        return b.toString();
    }
}
