package newsquiz.progress;

import java.nio.file.Path;
import java.util.Map;

/** Where progress lives: {@code --data DIR}, else {@code $NEWSQUIZ_DATA}, else {@code ./data}. */
public final class DataDir {

    public static final String ENV = "NEWSQUIZ_DATA";
    public static final Path DEFAULT = Path.of("data");

    private DataDir() {
    }

    public static Path resolve(Path option, Map<String, String> env) {
        if (option != null) {
            return option;
        }
        String fromEnv = env.get(ENV);
        return fromEnv == null || fromEnv.isBlank() ? DEFAULT : Path.of(fromEnv);
    }
}
