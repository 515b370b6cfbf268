package newsquiz.classroom;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The results folder: where result files live, what they are called, and how a new one is
 * created without ever replacing another.
 */
public final class ResultFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** Enough for a whole class starting in the same second on one shared folder. */
    private static final int MAX_SUFFIX = 999;

    private ResultFiles() {
    }

    /** {@code DIR/results} for {@code --data DIR}, else {@code $NEWSQUIZ_DATA/results}, else {@code HOME/data/results}. */
    public static Path folder(Path dataOption, Map<String, String> env, Path home) {
        return newsquiz.progress.DataDir.resolve(dataOption, env, home).resolve("results");
    }

    /** e.g. {@code alice_us-azerbaijan-charter_seed42_20260301T093000Z.json}. */
    static String baseName(Attempt a) {
        return StudentName.slug(a.student()) + "_" + a.bank().id() + "_seed" + a.seed() + "_" + STAMP.format(a.startedAt());
    }

    /**
     * Writes a new result file in {@code folder} and returns its path. The content is written and
     * fsynced under a temporary name, then hard-linked to its final name: a link, unlike a rename,
     * fails when the name is taken, so two students starting at the same second never overwrite
     * each other (the second gets {@code -2}).
     */
    static Path create(Path folder, Attempt a, String content) throws IOException {
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".new-result.", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            String base = baseName(a);
            for (int n = 1; n <= MAX_SUFFIX; n++) {
                Path target = folder.resolve(base + (n == 1 ? "" : "-" + n) + ".json");
                try {
                    linkOrMove(temp, target);
                    syncFolder(folder);
                    return target;
                } catch (FileAlreadyExistsException taken) {
                    // someone has this name; try the next
                }
            }
            throw new IOException(folder + ": " + MAX_SUFFIX + " result files named " + base + "*.json already exist");
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void linkOrMove(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException taken) {
            throw taken;
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            // no hard links here (e.g. FAT on a USB stick): a rename without REPLACE_EXISTING still
            // refuses an existing name, with a tiny race that a link does not have
            Files.move(temp, target);
        }
    }

    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort, as in AtomicFile
        }
    }

    /** The result files ({@code *.json}) in a folder, by name; none when the folder does not exist. */
    public static List<Path> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    /** A result file and what it holds. */
    public record Found(Path file, Attempt attempt) {
    }

    /**
     * The most recently started unfinished attempt by {@code student} that {@code sameQuiz} accepts.
     * Files of other students are not even opened; unreadable files are passed over (they are
     * reported by {@code newsquiz report}, not here, where they would block a student's exam).
     */
    static Optional<Found> findUnfinished(Path folder, String student, Predicate<Attempt> sameQuiz) throws IOException {
        String prefix = StudentName.slug(student) + "_";
        List<Found> open = new ArrayList<>();
        for (Path p : list(folder)) {
            if (!p.getFileName().toString().startsWith(prefix)) {
                continue;
            }
            try {
                Attempt a = AttemptJson.read(p);
                if (!a.finished() && a.student().strip().equals(student.strip()) && sameQuiz.test(a)) {
                    open.add(new Found(p, a));
                }
            } catch (ResultFileException unreadable) {
                // not ours to judge here
            }
        }
        return open.stream().max(Comparator.comparing(f -> f.attempt().startedAt()));
    }
}
