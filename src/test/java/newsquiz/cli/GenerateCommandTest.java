package newsquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import newsquiz.bank.Bank;
import newsquiz.bank.BankJson;
import newsquiz.bank.BankValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    private Path article() throws Exception {
        Path p = dir.resolve("economy.txt");
        try (InputStream in = getClass().getResourceAsStream("/articles/economy.txt")) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    @Test
    void writesAValidGeneratedBank() throws Exception {
        Path out = dir.resolve("bank.json");
        int rc = Main.run("generate", article().toString(), "-o", out.toString(), "--title", "Rates", "--max", "12",
                "--types", "numeric,multiple_choice,true_false", "--seed", "7");
        assertThat(rc).isZero();
        Bank bank = BankJson.read(out);
        assertThat(bank.generated()).isTrue();
        assertThat(bank.title()).isEqualTo("Rates");
        assertThat(bank.questions()).hasSizeLessThanOrEqualTo(12)
                .allSatisfy(q -> assertThat(q.type().jsonName()).isIn("numeric", "multiple_choice", "true_false"));
        assertThat(BankValidator.validate(bank)).isEmpty();
        // Never overwritten by accident.
        assertThat(Main.run("generate", article().toString(), "-o", out.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void userErrorsExitOneAndUsageErrorsExitTwo() throws Exception {
        assertThat(Main.run("generate", dir.resolve("missing.txt").toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        Path tiny = Files.writeString(dir.resolve("tiny.txt"), "Too short to quiz on.");
        assertThat(Main.run("generate", tiny.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(Main.run("generate", article().toString(), "--types", "essay")).isEqualTo(ExitCodes.USAGE);
        assertThat(Main.run("generate", article().toString(), "--max", "0")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void curateSavesTheReviewedBank() throws Exception {
        Path out = dir.resolve("bank.json");
        assertThat(Main.run("generate", article().toString(), "-o", out.toString(), "--max", "3")).isZero();
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("d\nk\nk\n".getBytes()));
            assertThat(Main.run("curate", out.toString())).isZero();
        } finally {
            System.setIn(stdin);
        }
        Bank curated = BankJson.read(out);
        assertThat(curated.questions()).hasSize(2);
        assertThat(curated.generated()).isFalse();
    }
}
