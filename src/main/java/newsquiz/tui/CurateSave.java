package newsquiz.tui;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import newsquiz.bank.BankJson;

/**
 * The one piece of curating that touches the disk: the loop runs it for {@link Effect.SaveBank}.
 * {@link BankJson#writeFile} replaces the file atomically, so a failed save leaves the bank (the
 * input, when saving over it) as it was.
 */
final class CurateSave {

    private CurateSave() {
    }

    static Msg.Saved write(Effect.SaveBank save, Instant now) {
        try {
            BankJson.writeFile(save.bank(), save.target());
            return new Msg.Saved(save.target(), null, now);
        } catch (IOException e) {
            Path folder = save.target().toAbsolutePath().getParent();
            String why = e instanceof AccessDeniedException ? "permission denied: " + folder
                    : e instanceof NoSuchFileException ? "no such folder: " + folder
                    : "cannot write " + save.target() + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return new Msg.Saved(save.target(), why, now);
        }
    }
}
