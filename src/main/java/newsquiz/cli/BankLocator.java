package newsquiz.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the banks folder: {@code $NEWSQUIZ_HOME/questions} when the launcher set it (so
 * {@code ./newsquiz} works from any directory), else {@code questions/} here.
 */
public final class BankLocator {

    /** The bank played when none is named. */
    public static final String BUNDLED_BANK = "us-azerbaijan-charter.json";

    private BankLocator() {
    }

    public static Path home() {
        String home = System.getenv("NEWSQUIZ_HOME");
        return home == null || home.isBlank() ? Path.of("") : Path.of(home);
    }

    public static Path questionsDir() {
        return home().resolve("questions");
    }

    /** The bank files in the banks folder, sorted by name ({@code schema.json} is not a bank). */
    public static List<Path> banks() {
        Path dir = questionsDir();
        if (!Files.isDirectory(dir)) {
            throw new UserError(dir.toAbsolutePath() + ": no questions folder here; run newsquiz from its folder or give --bank FILE");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !isSchema(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UserError(dir + ": cannot list: " + e.getMessage());
        }
    }

    /** {@code schema.json} sits beside the banks so editors find it, but it is not a bank. */
    public static boolean isSchema(Path file) {
        return file.getFileName() != null && file.getFileName().toString().equals("schema.json");
    }

    /** The bank to play when none was named: the bundled one if present, else the first. */
    public static Path defaultBank() {
        List<Path> banks = banks();
        if (banks.isEmpty()) {
            throw new UserError(questionsDir() + ": no banks (*.json) found; give one with --bank FILE");
        }
        return banks.stream().filter(p -> p.getFileName().toString().equals(BUNDLED_BANK)).findFirst().orElse(banks.get(0));
    }
}
