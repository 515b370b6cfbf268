package newsquiz.progress;

import java.nio.file.Path;
import java.util.Map;

/**
 * The data folder (progress, results): {@code --data DIR}, else {@code $NEWSQUIZ_DATA}, else
 * {@code data/} in newsquiz's home (next to the launcher), so progress does not depend on the
 * directory the learner happens to start from.
 */
public final class DataDir {

    public static final String ENV = "NEWSQUIZ_DATA";

    private DataDir() {
    }

    public static Path resolve(Path option, Map<String, String> env, Path home) {
        if (option != null) {
            return option;
        }
        String fromEnv = env.get(ENV);
        return fromEnv == null || fromEnv.isBlank() ? home.resolve("data") : Path.of(fromEnv);
    }
}
