package newsquiz.progress;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import newsquiz.progress.fsrs.Card;
import newsquiz.progress.fsrs.CardState;
import newsquiz.progress.fsrs.FsrsScheduler;
import newsquiz.progress.fsrs.Rating;
import newsquiz.progress.fsrs.SchedulerConfig;

/**
 * A learner's progress: answers, FSRS schedules and sessions, kept in {@code progress.json} in a data
 * folder. One store is opened per program run, for one profile.
 *
 * <p>Files in the data folder:
 * <ul>
 *   <li>{@code progress.json}: the data, rewritten atomically (temp file, fsync, rename) when the store
 *       opens after a crash and when it closes; the file it replaces is kept as {@code progress.json.bak}.</li>
 *   <li>{@code progress.journal}: one JSON line per change since then, fsynced before
 *       {@link #recordAnswer} returns. A full rewrite per answer costs hundreds of milliseconds with
 *       50,000 records; an append costs one small write and one fsync (see {@code docs/progress.md}).</li>
 *   <li>{@code progress.lock}: an OS lock held while a store is open for writing; a second program
 *       opens read-only and saves nothing.</li>
 * </ul>
 *
 * <p>Nothing here throws for a problem with the files: {@link #open} always returns a store, with
 * warnings for the user, and {@link #status()} says whether answers are being saved. A store that is
 * not saving keeps working in memory so the quiz can go on. Methods are synchronized; time is passed
 * in or read from the {@link Clock} given to {@link #open}.
 */
public final class ProgressStore implements AutoCloseable {

    public static final String FILE = "progress.json";
    public static final String BACKUP = "progress.json.bak";
    public static final String JOURNAL = "progress.journal";
    public static final String LOCK = "progress.lock";
    public static final String TEMP = "progress.json.tmp";
    public static final String DEFAULT_PROFILE = "default";
    /** New questions per day in a review session unless the caller says otherwise. */
    public static final int DEFAULT_NEW_PER_DAY = 20;
    /** A review card counts as mastered once its stability reaches this many days (Anki's "mature"). */
    public static final double MASTERED_STABILITY_DAYS = 21;


    /**
     * How to open a store.
     *
     * @param scheduler FSRS settings
     * @param lockWait  how long to wait for another program to release the file before opening
     *                  read-only; zero means do not wait
     * @param readOnly  never write anything, not even to recover a damaged file (statistics use this)
     * @param files     the file-system seam; {@link RealFileOps#INSTANCE} in the program
     */
    public record Options(SchedulerConfig scheduler, Duration lockWait, boolean readOnly, FileOps files) {
        public static final Options DEFAULT = new Options(SchedulerConfig.DEFAULT, Duration.ZERO, false,
                RealFileOps.INSTANCE);

        public Options {
            Objects.requireNonNull(scheduler, "scheduler");
            Objects.requireNonNull(lockWait, "lockWait");
            Objects.requireNonNull(files, "files");
        }

        public Options withScheduler(SchedulerConfig s) {
            return new Options(s, lockWait, readOnly, files);
        }

        public Options withLockWait(Duration d) {
            return new Options(scheduler, d, readOnly, files);
        }

        public Options asReadOnly() {
            return new Options(scheduler, lockWait, true, files);
        }

        public Options withFiles(FileOps f) {
            return new Options(scheduler, lockWait, readOnly, f);
        }
    }

    /**
     * The store and what the user should be told about opening it (recovered files, not saving...).
     *
     * @param recovery whether the saved progress was read as it was, recovered in part, or not read
     */
    public record OpenResult(ProgressStore store, List<String> warnings, Recovery recovery) {
        public OpenResult {
            warnings = List.copyOf(warnings);
        }
    }

    /** How much of the saved progress {@link #open} could read. */
    public enum Recovery {
        /** Everything (an upgrade from an older schema counts as read). */
        NONE,
        /** A damaged file was replaced by its backup, or a damaged journal was read up to the damage. */
        RECOVERED,
        /** Saved progress exists but could not be read at all (see the warnings); the store starts empty. */
        NOT_READ
    }

    /** What {@link #recordAnswer} did. {@code saved} is false when the store is not saving. */
    public record Recorded(Rating rating, Card card, boolean saved) {
    }

    /** What {@link #undoLastGrade} put back. {@code restored} is null when the question had no history. */
    public record Undone(String bankId, String questionId, QuestionRecord restored, boolean saved) {
    }

    private record UndoStep(String profile, String bankId, String questionId, QuestionRecord before) {
    }

    private final Path dir;
    private final Clock clock;
    private final FileOps files;
    private final FsrsScheduler scheduler;
    private final ProgressData data;
    private final Deque<UndoStep> undo = new ArrayDeque<>();
    private String profile;
    private FileOps.Lock lock;
    private FileOps.Sink journal;
    private long journalEntries;
    /** Bytes at the start of the journal that are complete lines, written and fsynced. */
    private long journalGood;
    /** Changes whose write failed, oldest first: kept so the next successful write saves them too. */
    private final List<JournalEntry> unsaved = new ArrayList<>();
    /** A write failed but the lock is still held: try again at the next change (the disk may have room by then). */
    private boolean retrying;
    /** The next try rewrites progress.json from memory first, because the journal cannot be appended to. */
    private boolean rewriteFirst;
    private SaveStatus status;
    private boolean closed;

    private ProgressStore(Path dir, Clock clock, FileOps files, FsrsScheduler scheduler, ProgressData data,
                          String profile) {
        this.dir = dir;
        this.clock = clock;
        this.files = files;
        this.scheduler = scheduler;
        this.data = data;
        this.profile = profile;
    }

    // ------------------------------------------------------------------------------------ opening

    /** Opens {@code dataDir/progress.json} for {@code profile} with the default options. */
    public static OpenResult open(Path dataDir, String profile, Clock clock) {
        return open(dataDir, profile, clock, Options.DEFAULT);
    }

    /**
     * Opens the progress in {@code dataDir} (created if missing) for {@code profile} (created at its
     * first answer). Recovers from a crash (replays the journal), a damaged file (moves it aside and
     * uses the backup) and an old schema (migrates it, keeping a copy); each is reported in the
     * warnings. Never throws for file problems.
     *
     * @throws IllegalArgumentException if {@code profile} is not a valid profile name
     */
    public static OpenResult open(Path dataDir, String profile, Clock clock, Options options) {
        validateProfile(profile);
        List<String> warnings = new ArrayList<>();
        FileOps files = options.files();
        Path file = dataDir.resolve(FILE);
        SaveStatus status = SaveStatus.SAVING;
        FileOps.Lock lock = null;

        if (options.readOnly()) {
            status = new SaveStatus(SaveStatus.State.READ_ONLY, "opened read-only");
        } else {
            try {
                files.createDirectories(dataDir);
                lock = acquireLock(files, dataDir.resolve(LOCK), options.lockWait(), clock);
                if (lock == null) {
                    String owner = files.lockOwner(dataDir.resolve(LOCK));
                    status = new SaveStatus(SaveStatus.State.LOCKED, file + " is in use by another newsquiz"
                            + (owner.isEmpty() ? "" : " (" + owner + ")")
                            + "; this session's progress will not be saved");
                    warnings.add(status.message());
                }
            } catch (IOException | RuntimeException e) {
                status = new SaveStatus(SaveStatus.State.READ_ONLY, "cannot write to " + dataDir + " ("
                        + describe(e) + "); progress will not be saved");
                warnings.add(status.message());
            }
        }
        boolean writable = status.saving();

        Loader loader = new Loader(files, dataDir, writable, clock, warnings);
        ProgressData data = loader.load();
        if (loader.stop != null) {
            status = loader.stop;
            writable = false;
        }
        if (!writable && lock != null) {
            closeQuietly(lock);
            lock = null;
        }

        ProgressStore store = new ProgressStore(dataDir, clock, files, new FsrsScheduler(options.scheduler()), data,
                profile);
        store.lock = lock;
        store.status = status;
        if (writable) {
            try {
                if (loader.needsRewrite) {
                    store.writeFile();
                }
                store.openJournal();
            } catch (IOException | RuntimeException e) {
                store.writeFailed(e, null);
                store.rewriteFirst = true;
                warnings.add(store.status.message());
            }
        }
        return new OpenResult(store, warnings, loader.recovery);
    }

    private static FileOps.Lock acquireLock(FileOps files, Path lockFile, Duration wait, Clock clock)
            throws IOException {
        String owner = "pid " + ProcessHandle.current().pid() + " on " + hostName() + " since "
                + Instants.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            FileOps.Lock lock = files.tryLock(lockFile, owner);
            if (lock != null || System.nanoTime() >= deadline) {
                return lock;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /** The host for the lock message, without the cost of ManagementFactory or a DNS lookup. */
    private static String hostName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            host = System.getenv("COMPUTERNAME");
        }
        return host == null || host.isBlank() ? "this computer" : host;
    }

    /** Reads progress.json (or its backup) and the journal, recovering what can be recovered. */
    private static final class Loader {
        final FileOps files;
        final Path dir;
        final boolean writable;
        final Clock clock;
        final List<String> warnings;
        boolean needsRewrite;
        SaveStatus stop;
        Recovery recovery = Recovery.NONE;

        Loader(FileOps files, Path dir, boolean writable, Clock clock, List<String> warnings) {
            this.files = files;
            this.dir = dir;
            this.writable = writable;
            this.clock = clock;
            this.warnings = warnings;
        }

        ProgressData load() {
            Path file = dir.resolve(FILE);
            Path bak = dir.resolve(BACKUP);
            ProgressData data = null;
            if (files.exists(file)) {
                byte[] bytes;
                try {
                    bytes = files.readAll(file);
                } catch (IOException e) {
                    stop = new SaveStatus(SaveStatus.State.UNREADABLE, "cannot read " + file + " (" + describe(e)
                            + "); it is left as it is and this session's progress will not be saved");
                    warnings.add(stop.message());
                    recovery = Recovery.NOT_READ;
                    return new ProgressData();
                }
                try {
                    ProgressJson.Loaded loaded = ProgressJson.read(bytes);
                    data = loaded.data();
                    if (loaded.fileVersion() < ProgressData.SCHEMA_VERSION) {
                        migrated(file, loaded.fileVersion());
                    }
                } catch (ProgressFormatException e) {
                    if (e.kind() == ProgressFormatException.Kind.NEWER_VERSION) {
                        stop = new SaveStatus(SaveStatus.State.NEWER_VERSION, file + " was written by a newer "
                                + "newsquiz (" + e.getMessage() + "); it is left untouched and this session's "
                                + "progress will not be saved");
                        warnings.add(stop.message());
                        recovery = Recovery.NOT_READ;
                        return new ProgressData();
                    }
                    String what = file + " could not be read (" + e.getMessage() + ")";
                    if (writable) {
                        Path aside = moveAside(file, "unreadable");
                        what += aside == null ? "; it could not be moved aside" : "; it was moved to " + aside;
                    }
                    data = fromBackup(bak, what);
                }
            } else if (files.exists(bak)) {
                data = fromBackup(bak, file + " is missing");
            }
            if (data == null) {
                data = new ProgressData();
            }
            replayJournal(data);
            return data;
        }

        private void migrated(Path file, int fromVersion) {
            needsRewrite = true;
            if (!writable) {
                return;
            }
            Path copy = uniqueName(dir.resolve(FILE + ".v" + fromVersion + "-" + stamp(clock.instant())));
            try {
                files.linkOrCopy(file, copy);
                warnings.add("upgraded " + file + " from schema version " + fromVersion + " to "
                        + ProgressData.SCHEMA_VERSION + "; the original is kept as " + copy);
            } catch (IOException e) {
                stop = new SaveStatus(SaveStatus.State.WRITE_FAILED, "could not keep a copy of " + file
                        + " before upgrading it (" + describe(e) + "); it is left as it is and this session's "
                        + "progress will not be saved");
                warnings.add(stop.message());
            }
        }

        private ProgressData fromBackup(Path bak, String what) {
            needsRewrite = true;
            if (!files.exists(bak)) {
                warnings.add(what + "; there is no " + BACKUP + ", so progress starts empty");
                recovery = Recovery.NOT_READ;
                return null;
            }
            try {
                ProgressJson.Loaded loaded = ProgressJson.read(files.readAll(bak));
                recovery = Recovery.RECOVERED;
                warnings.add(what + "; restored the previous version from " + bak
                        + " (answers since it was saved may be missing)");
                return loaded.data();
            } catch (IOException | ProgressFormatException e) {
                String also = what + "; " + bak + " could not be read either (" + describe(e) + ")";
                if (writable) {
                    Path aside = moveAside(bak, "unreadable");
                    also += aside == null ? "" : " and was moved to " + aside;
                }
                warnings.add(also + "; progress starts empty");
                recovery = Recovery.NOT_READ;
                return null;
            }
        }

        private void replayJournal(ProgressData data) {
            Path path = dir.resolve(JOURNAL);
            if (!files.exists(path)) {
                return;
            }
            byte[] bytes;
            try {
                bytes = files.readAll(path);
            } catch (IOException e) {
                stop = new SaveStatus(SaveStatus.State.UNREADABLE, "cannot read " + path + " (" + describe(e)
                        + "); this session's progress will not be saved");
                warnings.add(stop.message());
                recovery = Recovery.NOT_READ;
                return;
            }
            int lineNo = 0;
            int start = 0;
            while (start < bytes.length) {
                int end = start;
                while (end < bytes.length && bytes[end] != '\n') {
                    end++;
                }
                lineNo++;
                boolean complete = end < bytes.length;
                String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
                start = end + 1;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    if (data.apply(ProgressJson.readEntry(line))) {
                        needsRewrite = true;
                    }
                } catch (ProgressFormatException | RuntimeException e) {
                    if (!complete) {
                        // A torn last line: the program stopped while writing it, so the call that
                        // wrote it never returned and its answer was never confirmed. Drop it.
                        needsRewrite = true;
                        return;
                    }
                    String what = path + " is damaged at line " + lineNo + " (" + describe(e)
                            + "); the changes before it were restored";
                    if (writable) {
                        Path aside = moveAside(path, "unreadable");
                        what += aside == null ? "" : ", and it was moved to " + aside;
                    }
                    warnings.add(what);
                    needsRewrite = true;
                    if (recovery == Recovery.NONE) {
                        recovery = Recovery.RECOVERED;
                    }
                    return;
                }
            }
        }

        private Path moveAside(Path path, String why) {
            Path target = uniqueName(path.resolveSibling(path.getFileName() + "." + why + "-"
                    + stamp(clock.instant())));
            try {
                files.moveAside(path, target);
                files.syncDirectory(dir);
                return target;
            } catch (IOException e) {
                stop = new SaveStatus(SaveStatus.State.WRITE_FAILED, "could not move " + path + " aside ("
                        + describe(e) + "); it is left as it is and this session's progress will not be saved");
                warnings.add(stop.message());
                return null;
            }
        }

        private Path uniqueName(Path p) {
            Path candidate = p;
            for (int i = 2; files.exists(candidate); i++) {
                candidate = p.resolveSibling(p.getFileName() + "-" + i);
            }
            return candidate;
        }
    }

    // ------------------------------------------------------------------------------------ writing

    /** Writes all data to progress.json atomically, keeping the old file as .bak, and empties the journal. */
    private void writeFile() throws IOException {
        Path file = dir.resolve(FILE);
        Path tmp = dir.resolve(TEMP);
        try (FileOps.Sink sink = files.create(tmp)) {
            OutputStream out = new BufferedOutputStream(new SinkOutputStream(sink), 1 << 16);
            ProgressJson.write(data, clock.instant().truncatedTo(ChronoUnit.MILLIS), out);
            out.flush();
            sink.sync();
        } catch (IOException | RuntimeException e) {
            try {
                files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temp file is harmless; the next write replaces it
            }
            throw e;
        }
        if (files.exists(file)) {
            Path bak = dir.resolve(BACKUP);
            files.deleteIfExists(bak);
            files.linkOrCopy(file, bak);
        }
        files.replace(tmp, file);
        files.syncDirectory(dir);
        // Only now is the journal redundant: every entry in it has seq <= lastSeq in the new file.
        if (journal != null) {
            journal.close();
            journal = null;
        }
        files.deleteIfExists(dir.resolve(JOURNAL));
        journalEntries = 0;
    }

    /** Starts an empty journal; anything an old one held is in progress.json by now (seq <= lastSeq). */
    private void openJournal() throws IOException {
        Path path = dir.resolve(JOURNAL);
        files.deleteIfExists(path);
        journal = files.append(path);
        journalGood = journal.size();
        files.syncDirectory(dir);
    }

    /**
     * Writes one entry durably; false if it cannot. After a failure the store keeps its lock and the
     * entries that failed, and tries again at the next change, so a disk that has room again (or a
     * folder writable again) resumes saving without losing the answers given meanwhile.
     */
    private boolean persist(JournalEntry entry) {
        if (retrying) {
            return retry(entry);
        }
        if (!status.saving() || journal == null) {
            return false;
        }
        try {
            append(List.of(entry));
            return true;
        } catch (IOException | RuntimeException e) {
            writeFailed(e, entry);
            return false;
        }
    }

    /** Appends the entries as journal lines in one write and fsyncs them. */
    private void append(List<JournalEntry> entries) throws IOException {
        java.io.ByteArrayOutputStream lines = new java.io.ByteArrayOutputStream();
        for (JournalEntry e : entries) {
            lines.writeBytes(ProgressJson.entryLine(e));
        }
        byte[] bytes = lines.toByteArray();
        journal.write(bytes, 0, bytes.length);
        journal.sync();
        journalEntries += entries.size();
        journalGood += bytes.length;
    }

    /** Saves the entries that failed before and {@code entry}; back to {@link SaveStatus#SAVING} if that works. */
    private boolean retry(JournalEntry entry) {
        try {
            if (!rewriteFirst && !reopenJournal()) {
                rewriteFirst = true;
            }
            if (rewriteFirst) {
                // progress.json from memory holds every change so far, those that failed included;
                // written atomically, so a failure here leaves the saved file as it was.
                writeFile();
                openJournal();
                rewriteFirst = false;
                unsaved.clear();
            }
            List<JournalEntry> all = new ArrayList<>(unsaved);
            all.add(entry);
            append(all);
            unsaved.clear();
            retrying = false;
            status = SaveStatus.SAVING;
            return true;
        } catch (IOException | RuntimeException e) {
            writeFailed(e, entry);
            return false;
        }
    }

    /**
     * Opens the journal again after a failure and cuts off what the failed write left after the
     * last complete line. False when the journal is shorter than what was confirmed (something else
     * removed or cut it): appending to it would not be safe.
     */
    private boolean reopenJournal() throws IOException {
        if (journal == null) {
            journal = files.append(dir.resolve(JOURNAL));
        }
        long size = journal.size();
        if (size > journalGood) {
            journal.truncate(journalGood);
        }
        return size >= journalGood;
    }

    /** After a failed write: no half line left behind, the entry kept for the next try, the reason shown. */
    private void writeFailed(Throwable e, JournalEntry entry) {
        if (entry != null) {
            unsaved.add(entry);
        }
        if (journal != null) {
            try {
                journal.truncate(journalGood); // do not leave half a line behind
            } catch (IOException ignored) {
                // the next try cuts it off, and a torn last line is dropped when the journal is read
            }
            closeQuietly(journal);
            journal = null;
        }
        retrying = true;
        String waiting = unsaved.isEmpty() ? "" : "; " + unsaved.size() + (unsaved.size() == 1 ? " change waits"
                : " changes wait") + " in memory";
        status = new SaveStatus(SaveStatus.State.WRITE_FAILED, "progress is not being saved (" + describe(e) + ")"
                + waiting + "; the quiz goes on and saving is tried again at the next answer; what was saved "
                + "before is safe");
    }

    // ------------------------------------------------------------------------------------ recording

    /**
     * Records an answer and reschedules the question: durable (fsynced) when this returns if
     * {@link #isSaving()}; otherwise kept in memory only. Show the feedback after this returns.
     */
    public synchronized Recorded recordAnswer(AnswerEvent e) {
        checkOpen();
        Instant at = e.at().truncatedTo(ChronoUnit.MILLIS); // what the file can hold, so memory = file
        QuestionRecord before = currentRecord(e.bankId(), e.questionId());
        Card card = before != null && before.matches(e.contentHash()) ? before.card() : Card.NEW;
        Rating rating = e.rating();
        Card next = scheduler.review(card, rating, at);
        JournalEntry.Answer entry = new JournalEntry.Answer(data.lastSeq + 1, profile, at, e.bankId(),
                e.questionId(), e.contentHash(), e.topics(), e.responseText(),
                e.selfGrade() != null ? null : e.fraction(), e.correct(), e.hintUsed(),
                Math.max(0, e.elapsedMillis()), rating, next);
        boolean saved = persist(entry);
        data.apply(entry);
        undo.push(new UndoStep(profile, e.bankId(), e.questionId(), before));
        return new Recorded(rating, next, saved);
    }

    /**
     * Puts back the question answered last (in this session, for the current profile) as it was
     * before that answer: counts, schedule and log. Repeatable, back to the start of the session.
     */
    public synchronized Optional<Undone> undoLastGrade() {
        checkOpen();
        UndoStep step = undo.peek();
        if (step == null || !step.profile().equals(profile)) {
            return Optional.empty();
        }
        undo.pop();
        JournalEntry.Restore entry = new JournalEntry.Restore(data.lastSeq + 1, profile, step.bankId(),
                step.questionId(), step.before());
        boolean saved = persist(entry);
        data.apply(entry);
        return Optional.of(new Undone(step.bankId(), step.questionId(), step.before(), saved));
    }

    /** Adds a session to the score history. Returns whether it was saved. */
    public synchronized boolean recordSession(SessionRecord session) {
        checkOpen();
        JournalEntry.Session entry = new JournalEntry.Session(data.lastSeq + 1, profile, session);
        boolean saved = persist(entry);
        data.apply(entry);
        return saved;
    }

    // ------------------------------------------------------------------------------------ queries

    public synchronized SaveStatus status() {
        return status;
    }

    public synchronized boolean isSaving() {
        return status.saving();
    }

    public Path dataDir() {
        return dir;
    }

    public synchronized String profile() {
        return profile;
    }

    /** Profile names in the file, plus the current one even before its first answer. */
    public synchronized List<String> profiles() {
        List<String> names = new ArrayList<>(data.profiles.keySet());
        if (!names.contains(profile)) {
            names.add(profile);
        }
        return names;
    }

    /** Whether the current profile has anything saved (or recorded this session). */
    public synchronized boolean profileExists() {
        return data.profiles.containsKey(profile);
    }

    /** Switches to another (possibly new) profile; the undo history does not carry over. */
    public synchronized void switchProfile(String name) {
        validateProfile(name);
        profile = name;
        undo.clear();
    }

    public FsrsScheduler scheduler() {
        return scheduler;
    }

    /** The current profile's record of a question, if it was ever answered. */
    public synchronized Optional<QuestionRecord> record(String bankId, String questionId) {
        return Optional.ofNullable(currentRecord(bankId, questionId));
    }

    private QuestionRecord currentRecord(String bankId, String questionId) {
        ProfileData p = data.profiles.get(profile);
        return p == null ? null : p.get(bankId, questionId);
    }

    /** Bank ids the current profile has answered questions in, without decoding any bank. */
    public synchronized List<String> bankIds() {
        ProfileData p = data.profiles.get(profile);
        return p == null ? List.of() : List.copyOf(p.banks.keySet());
    }

    /** An immutable copy of the current profile, for statistics. Decodes every bank. */
    public synchronized ProfileSnapshot snapshot() {
        ProfileData p = data.profiles.get(profile);
        return p == null ? ProfileSnapshot.empty(profile) : p.snapshot();
    }

    /**
     * The questions to ask in a review session at {@code now}, among {@code candidates} (the questions
     * of the banks being reviewed, in bank order): due learning steps first (earliest first), then due
     * reviews (lowest retrievability first, so the most likely forgotten come first), then new or
     * edited questions, in candidate order, up to {@code newPerDay} minus the new questions already
     * started today (in the clock's time zone) in those banks.
     */
    public synchronized List<DueQuestion> dueQuestions(Collection<QuestionRef> candidates, Instant now,
                                                       int newPerDay) {
        ProfileData p = data.profiles.get(profile);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<DueQuestion> learning = new ArrayList<>();
        List<DueQuestion> reviews = new ArrayList<>();
        List<DueQuestion> fresh = new ArrayList<>();
        Map<String, Boolean> banksSeen = new LinkedHashMap<>();
        for (QuestionRef ref : candidates) {
            banksSeen.put(ref.bankId(), Boolean.TRUE);
            QuestionRecord r = p == null ? null : p.get(ref.bankId(), ref.questionId());
            if (r != null && !r.matches(ref.contentHash())) {
                fresh.add(new DueQuestion(ref, DueQuestion.Kind.EDITED, null, 0));
            } else if (r == null || r.card().isNew()) {
                fresh.add(new DueQuestion(ref, DueQuestion.Kind.NEW, null, 0));
            } else if (!r.card().due().isAfter(now)) {
                double ret = scheduler.retrievability(r.card(), now);
                boolean inSteps = r.card().state() == CardState.LEARNING || r.card().state() == CardState.RELEARNING;
                (inSteps ? learning : reviews).add(new DueQuestion(ref,
                        inSteps ? DueQuestion.Kind.LEARNING : DueQuestion.Kind.REVIEW, r.card().due(), ret));
            }
        }
        int startedToday = 0;
        if (p != null) {
            for (String bankId : banksSeen.keySet()) {
                for (QuestionRecord r : p.bank(bankId).values()) {
                    if (!r.log().isEmpty() && LocalDate.ofInstant(r.log().get(0).at(), zone).equals(today)) {
                        startedToday++;
                    }
                }
            }
        }
        learning.sort(Comparator.comparing(DueQuestion::due));
        reviews.sort(Comparator.comparingDouble(DueQuestion::retrievability).thenComparing(DueQuestion::due));
        List<DueQuestion> out = new ArrayList<>(learning);
        out.addAll(reviews);
        int allowed = Math.max(0, newPerDay - startedToday);
        out.addAll(fresh.subList(0, Math.min(allowed, fresh.size())));
        return out;
    }

    /**
     * The {@code limit} weakest answered questions among {@code candidates} (or all answered
     * questions of the profile when null), weakest first: by min(retrievability now, accuracy), then
     * lower accuracy, then more attempts. Edited questions count only with their current history.
     */
    public synchronized List<WeakQuestion> weakest(Collection<QuestionRef> candidates, Instant now, int limit) {
        ProfileData p = data.profiles.get(profile);
        List<WeakQuestion> out = new ArrayList<>();
        if (p == null) {
            return out;
        }
        if (candidates == null) {
            for (Map.Entry<String, BankRecords> bank : p.banks.entrySet()) {
                for (Map.Entry<String, QuestionRecord> q : bank.getValue().map().entrySet()) {
                    addWeak(out, new QuestionRef(bank.getKey(), q.getKey(), q.getValue().hash()), q.getValue(), now);
                }
            }
        } else {
            for (QuestionRef ref : candidates) {
                QuestionRecord r = p.get(ref.bankId(), ref.questionId());
                if (r != null && r.matches(ref.contentHash())) {
                    addWeak(out, ref, r, now);
                }
            }
        }
        out.sort(Comparator.comparingDouble(WeakQuestion::weakness).thenComparingDouble(WeakQuestion::accuracy)
                .thenComparing(Comparator.comparingInt(WeakQuestion::attempts).reversed()));
        return out.subList(0, Math.min(Math.max(0, limit), out.size()));
    }

    private void addWeak(List<WeakQuestion> out, QuestionRef ref, QuestionRecord r, Instant now) {
        if (r.attempts() == 0) {
            return;
        }
        double accuracy = (double) r.correct() / r.attempts();
        double ret = r.card().isNew() ? accuracy : scheduler.retrievability(r.card(), now);
        out.add(new WeakQuestion(ref, ret, accuracy, r.attempts(), Math.min(ret, accuracy)));
    }

    // ------------------------------------------------------------------------------------ closing

    /**
     * Folds the journal into progress.json (atomically, keeping the previous file as .bak) and
     * releases the lock. If that write fails, the journal stays and is folded in at the next open.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (retrying && (!unsaved.isEmpty() || rewriteFirst)) {
                closeAfterFailure();
            } else if (status.saving() && journalEntries > 0) {
                writeFile();
            } else if (status.saving() && journal != null) {
                journal.close(); // nothing was written to it
                journal = null;
                files.deleteIfExists(dir.resolve(JOURNAL));
            }
        } catch (IOException | RuntimeException e) {
            status = new SaveStatus(SaveStatus.State.WRITE_FAILED, "could not update " + dir.resolve(FILE)
                    + " (" + describe(e) + "); the answers are safe in " + JOURNAL + " and will be folded in next time");
        } finally {
            releaseFiles();
        }
    }

    /** A last try at saving everything in memory, the changes that failed included. */
    private void closeAfterFailure() {
        int waiting = unsaved.size();
        try {
            writeFile();
            unsaved.clear();
            retrying = false;
            status = SaveStatus.SAVING;
        } catch (IOException | RuntimeException e) {
            status = new SaveStatus(SaveStatus.State.WRITE_FAILED, "could not save " + waiting + (waiting == 1
                    ? " change" : " changes") + " to " + dir.resolve(FILE) + " (" + describe(e)
                    + "); what was saved before is safe");
        }
    }

    /** Tests: stops like a killed process would, releasing files without writing anything more. */
    synchronized void abandon() {
        closed = true;
        releaseFiles();
    }

    /** Closes the journal and gives up the lock; what close and abandon have in common. */
    private void releaseFiles() {
        if (journal != null) {
            closeQuietly(journal);
            journal = null;
        }
        if (lock != null) {
            closeQuietly(lock);
            lock = null;
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the progress store is closed");
        }
    }

    // ------------------------------------------------------------------------------------ helpers

    /** {@code 20250310T090000Z}: a compact UTC time for the names of files set aside. */
    static String stamp(Instant t) {
        String iso = Instants.format(t.truncatedTo(ChronoUnit.SECONDS)); // 2025-03-10T09:00:00Z
        return iso.substring(0, 4) + iso.substring(5, 7) + iso.substring(8, 13) + iso.substring(14, 16)
                + iso.substring(17);
    }

    /** Profile names: 1 to 40 characters, no control characters, not only spaces. */
    public static void validateProfile(String name) {
        if (name != null && name.indexOf('\uFFFD') >= 0) {
            // What Java makes of a name it could not decode: under LANG=C "Zoë" arrives as "Zo??",
            // and saving under that would split the learner's progress across two profiles.
            throw new IllegalArgumentException("the profile name '" + name.replace('\uFFFD', '?')
                    + "' could not be read in this locale (is LANG or LC_ALL set to a UTF-8 locale?)");
        }
        boolean control = false;
        for (int i = 0; name != null && i < name.length(); i++) {
            control |= Character.isISOControl(name.charAt(i));
        }
        if (name == null || name.isBlank() || name.length() > 40 || control) {
            throw new IllegalArgumentException("a profile name is 1 to 40 characters without control characters: '"
                    + name + "'");
        }
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        String type = e.getClass().getSimpleName();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + m;
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + m;
        }
        if (e instanceof java.nio.file.FileSystemException) {
            java.nio.file.FileSystemException f = (java.nio.file.FileSystemException) e;
            return f.getReason() != null ? f.getReason() + ": " + f.getFile() : m;
        }
        return m == null ? type : m;
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing on a failure path; the original problem is what gets reported
        }
    }

    /** An OutputStream over a {@link FileOps.Sink}. */
    private static final class SinkOutputStream extends OutputStream {
        private final FileOps.Sink sink;

        SinkOutputStream(FileOps.Sink sink) {
            this.sink = sink;
        }

        @Override
        public void write(int b) throws IOException {
            sink.write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            sink.write(b, off, len);
        }
    }
}
