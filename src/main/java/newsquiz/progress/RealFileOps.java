package newsquiz.progress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** {@link FileOps} on the real file system, with {@link FileChannel} for fsync and locking. */
public final class RealFileOps implements FileOps {

    public static final RealFileOps INSTANCE = new RealFileOps();

    private RealFileOps() {
    }

    @Override
    public boolean exists(Path path) {
        return Files.exists(path);
    }

    @Override
    public byte[] readAll(Path path) throws IOException {
        return Files.readAllBytes(path);
    }

    @Override
    public void createDirectories(Path dir) throws IOException {
        Files.createDirectories(dir);
    }

    @Override
    public Sink create(Path path) throws IOException {
        return new ChannelSink(FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING));
    }

    @Override
    public Sink append(Path path) throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        ch.position(ch.size());
        return new ChannelSink(ch);
    }

    @Override
    public void replace(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void moveAside(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            throw new FileAlreadyExistsException(to.toString());
        }
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void linkOrCopy(Path existing, Path copy) throws IOException {
        try {
            Files.createLink(copy, existing);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(existing, copy, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel ch = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        }
    }

    @Override
    public void deleteIfExists(Path path) throws IOException {
        Files.deleteIfExists(path);
    }

    @Override
    public void syncDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some platforms (Windows) cannot open a directory; renames there are durable anyway.
            if (Files.isDirectory(dir) && System.getProperty("os.name", "").startsWith("Windows")) {
                return;
            }
            throw e;
        }
    }

    @Override
    public Lock tryLock(Path lockFile, String owner) throws IOException {
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another store in this JVM
        } catch (IOException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            ch.close();
            return null;
        }
        ch.truncate(0);
        // Not fsynced: the owner line only explains a "locked" warning, and the lock itself dies
        // with the process, so a crash cannot leave a stale one; the fsync cost 2-10 ms of start-up.
        ch.write(ByteBuffer.wrap((owner + "\n").getBytes(StandardCharsets.UTF_8)));
        FileLock held = lock;
        return () -> {
            try {
                held.release();
            } finally {
                ch.close();
            }
        };
    }

    @Override
    public String lockOwner(Path lockFile) {
        try {
            return Files.readString(lockFile, StandardCharsets.UTF_8).trim();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static final class ChannelSink implements Sink {
        private final FileChannel ch;

        ChannelSink(FileChannel ch) {
            this.ch = ch;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            ByteBuffer buf = ByteBuffer.wrap(bytes, offset, length);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        }

        @Override
        public void sync() throws IOException {
            ch.force(false);
        }

        @Override
        public long size() throws IOException {
            return ch.size();
        }

        @Override
        public void truncate(long size) throws IOException {
            ch.truncate(size);
            ch.position(size);
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }
}
