package newsquiz.classroom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@link ClassFixture}'s attempts as result files, for command-line tests outside this package. */
public final class ClassFixtureFiles {

    private ClassFixtureFiles() {
    }

    public static List<Path> writeClass(Path dir) throws Exception {
        return ClassFixture.write(dir, ClassFixture.CLASS);
    }

    /** Bo's attempt again, as if taken on an edited version of the bank. */
    public static Path writeOtherVersion(Path dir) throws Exception {
        Attempt.BankRef edited = new Attempt.BankRef("town", "Town council", null, "sha256:" + "9f".repeat(32));
        Attempt other = ClassFixture.withBank(ClassFixture.attempt("Zed", 9, true,
                ClassFixture.right(ClassFixture.choice(1), 1, 10)), edited);
        return ClassFixture.write(dir, new ArrayList<>(List.of(other))).get(0);
    }
}
