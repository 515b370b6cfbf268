package newsquiz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import newsquiz.files.AtomicFile;
import picocli.CommandLine.Option;

/**
 * {@code -o OUT} and {@code --force}, shared by the commands that write a file (generate, import,
 * export): standard output by default, never a file that exists unless asked, and the file written
 * atomically, so an interrupted write leaves the old one.
 */
final class OutputFileOption {

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here (default: standard output).")
    Path path;

    @Option(names = "--force", description = "Overwrite OUT if it exists.")
    boolean force;

    /** Refuses an existing OUT without --force; call before any work, so nothing is wasted. */
    void refuseToOverwrite() {
        if (path != null && Files.exists(path) && !force) {
            throw new UserError(path + " already exists (use --force to overwrite it)");
        }
    }

    boolean toFile() {
        return path != null;
    }

    /** Writes {@code text} to OUT, or to {@code stdout} when there is no OUT. */
    void write(String text, PrintWriter stdout) {
        if (path == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        try {
            AtomicFile.write(path, text);
        } catch (IOException e) {
            throw new UserError("cannot write " + path + ": " + e.getMessage(), e);
        }
    }
}
