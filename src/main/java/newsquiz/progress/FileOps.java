package newsquiz.progress;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The file operations the progress store uses, as a seam: tests substitute failures (a full disk,
 * a read-only folder, a failing rename) that cannot be produced for real when running as root.
 * {@link RealFileOps} is the one used in the program.
 */
public interface FileOps {

    boolean exists(Path path);

    byte[] readAll(Path path) throws IOException;

    void createDirectories(Path dir) throws IOException;

    /** Creates or truncates {@code path} for writing. */
    Sink create(Path path) throws IOException;

    /** Opens {@code path} for appending, creating it if missing. */
    Sink append(Path path) throws IOException;

    /** Renames {@code from} to {@code to} atomically, replacing {@code to} if it exists. */
    void replace(Path from, Path to) throws IOException;

    /** Renames {@code from} to {@code to}, failing if {@code to} exists. */
    void moveAside(Path from, Path to) throws IOException;

    /** Makes {@code copy} hold the same content as {@code existing} (a hard link where possible). */
    void linkOrCopy(Path existing, Path copy) throws IOException;

    void deleteIfExists(Path path) throws IOException;

    /** Makes renames and new files in {@code dir} durable (fsync of the directory). */
    void syncDirectory(Path dir) throws IOException;

    /**
     * Takes the inter-process lock on {@code lockFile} and writes {@code owner} into it, or returns
     * null if another process (or another store in this one) holds it.
     */
    Lock tryLock(Path lockFile, String owner) throws IOException;

    /** What the holder of {@code lockFile} wrote into it, or "" if unknown. */
    String lockOwner(Path lockFile);

    /** A file open for writing. */
    interface Sink extends Closeable {
        void write(byte[] bytes, int offset, int length) throws IOException;

        /** Forces written data to the storage device (fdatasync). */
        void sync() throws IOException;

        long size() throws IOException;

        void truncate(long size) throws IOException;
    }

    /** A held lock; closing releases it. */
    interface Lock extends Closeable {
    }
}
