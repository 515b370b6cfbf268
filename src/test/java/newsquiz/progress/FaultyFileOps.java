package newsquiz.progress;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * Real files with failures switched on by the test: a read-only folder, a disk that fills up after
 * a number of bytes, a rename that fails. (Tests run as root, so chmod cannot make a folder read-only.)
 */
final class FaultyFileOps implements FileOps {

    private final FileOps real = RealFileOps.INSTANCE;
    volatile boolean readOnly;
    volatile long bytesLeft = Long.MAX_VALUE;
    volatile boolean failReplace;
    volatile boolean failRead;

    private void checkWritable(Path p) throws IOException {
        if (readOnly) {
            throw new AccessDeniedException(p.toString(), null, "Read-only file system");
        }
    }

    @Override
    public boolean exists(Path path) {
        return real.exists(path);
    }

    @Override
    public byte[] readAll(Path path) throws IOException {
        if (failRead) {
            throw new FileSystemException(path.toString(), null, "Input/output error");
        }
        return real.readAll(path);
    }

    @Override
    public void createDirectories(Path dir) throws IOException {
        if (!real.exists(dir)) {
            checkWritable(dir);
        }
        real.createDirectories(dir);
    }

    @Override
    public Sink create(Path path) throws IOException {
        checkWritable(path);
        return limited(real.create(path), path);
    }

    @Override
    public Sink append(Path path) throws IOException {
        checkWritable(path);
        return limited(real.append(path), path);
    }

    private Sink limited(Sink sink, Path path) {
        return new Sink() {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                checkWritable(path); // a folder made read-only (remounted) while the file is open
                long left = bytesLeft;
                if (left < length) {
                    if (left > 0) {
                        sink.write(bytes, offset, (int) left); // a partial write, as a full disk gives
                    }
                    bytesLeft = 0;
                    throw new FileSystemException(path.toString(), null, "No space left on device");
                }
                bytesLeft = left - length;
                sink.write(bytes, offset, length);
            }

            @Override
            public void sync() throws IOException {
                sink.sync();
            }

            @Override
            public long size() throws IOException {
                return sink.size();
            }

            @Override
            public void truncate(long size) throws IOException {
                sink.truncate(size);
            }

            @Override
            public void close() throws IOException {
                sink.close();
            }
        };
    }

    @Override
    public void replace(Path from, Path to) throws IOException {
        checkWritable(to);
        if (failReplace) {
            throw new FileSystemException(to.toString(), null, "Input/output error");
        }
        real.replace(from, to);
    }

    @Override
    public void moveAside(Path from, Path to) throws IOException {
        checkWritable(to);
        real.moveAside(from, to);
    }

    @Override
    public void linkOrCopy(Path existing, Path copy) throws IOException {
        checkWritable(copy);
        real.linkOrCopy(existing, copy);
    }

    @Override
    public void deleteIfExists(Path path) throws IOException {
        checkWritable(path);
        real.deleteIfExists(path);
    }

    @Override
    public void syncDirectory(Path dir) throws IOException {
        real.syncDirectory(dir);
    }

    @Override
    public Lock tryLock(Path lockFile, String owner) throws IOException {
        checkWritable(lockFile);
        return real.tryLock(lockFile, owner);
    }

    @Override
    public String lockOwner(Path lockFile) {
        return real.lockOwner(lockFile);
    }
}
