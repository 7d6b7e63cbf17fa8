package kg.kodeks.drafts;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import kg.kodeks.error.KodeksException;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Language;
import kg.kodeks.workspace.WriteLock;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.ConcurrentRefUpdateException;
import org.eclipse.jgit.api.errors.EmptyCommitException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.api.errors.RefAlreadyExistsException;
import org.eclipse.jgit.errors.LockFailedException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.storage.file.WindowCacheConfig;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The drafts repository: {@code drafts/} of a working workspace as a plain Git repository,
 * driven through JGit so that command-line Git reads and writes the same thing. Every write
 * first looks for lock files: JGit honours them, and a lock left by a crashed process is
 * reported with the way to clear it instead of a bare failure. Object and ref files are forced
 * to disk ({@code core.fsyncObjectFiles}, {@code core.fsyncRefFiles}).
 */
public final class DraftRepository implements AutoCloseable {
    /** The name that stands for the files in {@code drafts/} as they are now. */
    public static final String WORKING = "working";
    /** The branch a new repository starts on. */
    public static final String MAIN = "main";
    /** The file in {@code .git/} whose operating-system lock serialises Kodeks writers. */
    public static final String WRITE_LOCK = "kodeks-write";

    private static final Pattern IDENT = Pattern.compile("\\s*(.+?)\\s*<([^<>\\s]+)>\\s*");

    static {
        // A pack of many versions of one file is read window by window; JGit's default of 10 MB
        // of windows would drop and read again the same parts of a larger pack. The delta base
        // cache keeps its default: history is read in pack order, where the one base JGit keeps
        // per read is all that helps, and a larger cache only keeps dead versions alive longer.
        WindowCacheConfig cache = new WindowCacheConfig();
        cache.setPackedGitLimit(64 * WindowCacheConfig.MB);
        cache.install();
    }

    private final Path dir;
    private final Repository repo;
    private final Git git;
    private final Map<ObjectId, DraftFile> parsed = new HashMap<>();
    /** What walks through the history learnt (parents, blobs, changed articles), for the next walk. */
    private final HistoryCache history;

    private DraftRepository(Path dir, Repository repo, Path cacheDir) {
        this.dir = dir;
        this.repo = repo;
        this.git = new Git(repo);
        this.history = new HistoryCache(cacheDir == null ? null : cacheDir.resolve(HistoryCache.FILE));
        applyWriteSettings();
    }

    /**
     * Settings JGit takes from the repository's configuration, set in memory only. They are set
     * again before every write, because JGit reloads the configuration when its file changes (a
     * {@code git config} by hand), which drops what was set in memory.
     */
    private void applyWriteSettings() {
        // JGit forces object and ref files to disk with these; they are set in memory only,
        // because command-line Git warns about core.fsyncObjectFiles and reads core.fsync.
        StoredConfig config = repo.getConfig();
        config.setBoolean("core", null, "fsyncObjectFiles", true);
        config.setBoolean("core", null, "fsyncRefFiles", true);
        // JGit runs an automatic gc after fetch and merge; detached, it holds .git/gc.log.lock
        // in the background, which the lock check above then takes for another writer.
        config.setBoolean("gc", null, "autoDetach", false);
        // Compression as command-line Git chooses it: loose objects by core.looseCompression
        // (default 1, the fastest: a commit writes the whole draft), packs by pack.compression
        // (default zlib's). JGit reads core.compression for both, so each is set as Git would.
        int compression = config.getInt("core", null, "compression", Deflater.DEFAULT_COMPRESSION);
        boolean coreSet = config.getNames("core").contains("compression");
        config.setInt("pack", null, "compression", config.getInt("pack", null, "compression", compression));
        config.setInt(
                "core",
                null,
                "compression",
                config.getInt("core", null, "looseCompression", coreSet ? compression : 1));
    }

    /** True when the folder holds a Git repository of its own. */
    public static boolean exists(Path dir) {
        return Files.isDirectory(dir.resolve(".git"));
    }

    /** Opens the repository in {@code dir}; what history walks learn is kept in memory only. */
    public static DraftRepository open(Path dir) throws KodeksException {
        return open(dir, null);
    }

    /**
     * Opens the repository in {@code dir}, keeping what history walks learn in {@code cacheDir}
     * as well (the workspace's {@code .kodeks}), so that the next process need not learn it again.
     */
    public static DraftRepository open(Path dir, Path cacheDir) throws KodeksException {
        if (!exists(dir)) {
            throw new KodeksException(DraftReader.BUNDLE, "repo.missing", dir.toString());
        }
        try {
            Repository repo = new FileRepositoryBuilder()
                    .setGitDir(dir.resolve(".git").toFile())
                    .setWorkTree(dir.toFile())
                    .setMustExist(true)
                    .build();
            return new DraftRepository(dir, repo, cacheDir);
        } catch (IOException e) {
            throw new KodeksException(
                    e, DraftReader.BUNDLE, "repo.open", dir.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** Makes an empty repository on branch {@code main}, with forced writes switched on. */
    public static DraftRepository create(Path dir) throws KodeksException {
        if (exists(dir)) {
            throw new KodeksException(DraftReader.BUNDLE, "repo.exists", dir.toString());
        }
        try {
            Files.createDirectories(dir);
            Git created =
                    Git.init().setDirectory(dir.toFile()).setInitialBranch(MAIN).call();
            StoredConfig config = created.getRepository().getConfig();
            config.setString("core", null, "fsync", "committed");
            config.save();
            return new DraftRepository(dir, created.getRepository(), null);
        } catch (IOException | GitAPIException e) {
            throw new KodeksException(
                    e, DraftReader.BUNDLE, "repo.open", dir.toString(), String.valueOf(e.getMessage()));
        }
    }

    public Path dir() {
        return dir;
    }

    Repository repository() {
        return repo;
    }

    Git git() {
        return git;
    }

    /** Reads «Name &lt;mail&gt;» as a person, now. */
    public static PersonIdent person(String text) throws KodeksException {
        Matcher m = IDENT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new KodeksException(DraftReader.BUNDLE, "commit.author", String.valueOf(text));
        }
        return new PersonIdent(m.group(1), m.group(2));
    }

    /** The author named by {@code user.name} and {@code user.email} in the Git configuration. */
    public PersonIdent defaultAuthor() throws KodeksException {
        StoredConfig config = repo.getConfig();
        String name = config.getString("user", null, "name");
        String email = config.getString("user", null, "email");
        if (name == null || name.isBlank() || email == null || email.isBlank()) {
            throw new KodeksException(DraftReader.BUNDLE, "commit.noAuthor");
        }
        return new PersonIdent(name, email);
    }

    /** The configured author, or the one JGit derives from the system when none is configured. */
    public PersonIdent authorOrDefault() {
        try {
            return defaultAuthor();
        } catch (KodeksException e) {
            return new PersonIdent(repo);
        }
    }

    // ---- reading versions ----

    /** The draft as it stands in a revision (commit id, tag, branch, HEAD~2) or in the working copy. */
    public Draft read(String rev) throws KodeksException {
        if (WORKING.equals(rev)) {
            try {
                return DraftReader.readFolder(dir);
            } catch (IOException e) {
                throw new KodeksException(
                        e, DraftReader.BUNDLE, "repo.read", dir.toString(), String.valueOf(e.getMessage()));
            }
        }
        return read(commit(rev));
    }

    /**
     * The Markdown of one language file as it stands in a revision (or the working copy), for
     * documents made from the draft; null when that version has no file in this language.
     */
    public String markdown(String rev, Language language) throws KodeksException {
        if (WORKING.equals(rev)) {
            Path file = dir.resolve(Draft.fileName(language));
            try {
                return Files.isRegularFile(file) ? Files.readString(file) : null;
            } catch (IOException e) {
                throw new KodeksException(
                        e, DraftReader.BUNDLE, "repo.read", file.toString(), String.valueOf(e.getMessage()));
            }
        }
        ObjectId blob = blob(commit(rev), Draft.fileName(language));
        return blob == null ? null : text(blob);
    }

    Draft read(RevCommit commit) throws KodeksException {
        Map<Language, DraftFile> files = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            DraftFile file = file(commit, language);
            if (file != null) {
                files.put(language, file);
            }
        }
        return new Draft(files);
    }

    HistoryCache history() {
        return history;
    }

    /** One language file of a commit, parsed once per blob. */
    DraftFile file(RevCommit commit, Language language) throws KodeksException {
        ObjectId blob = blob(commit, Draft.fileName(language));
        return blob == null ? null : file(blob, language);
    }

    /** One version of a language file, parsed once per blob. */
    DraftFile file(ObjectId blob, Language language) throws KodeksException {
        DraftFile cached = parsed.get(blob);
        if (cached == null) {
            cached = DraftReader.parse(Draft.fileName(language), language, text(blob));
            if (parsed.size() > 256) {
                parsed.clear();
            }
            parsed.put(blob, cached);
        }
        return cached;
    }

    ObjectId blob(RevCommit commit, String path) throws KodeksException {
        try (ObjectReader reader = repo.newObjectReader()) {
            return blob(reader, commit, path);
        }
    }

    /** The blob of a path in a commit, read through a reader the caller keeps for a whole walk. */
    ObjectId blob(ObjectReader reader, RevCommit commit, String path) throws KodeksException {
        try (TreeWalk walk = TreeWalk.forPath(reader, path, commit.getTree())) {
            return walk == null ? null : walk.getObjectId(0);
        } catch (IOException e) {
            throw readFailed(e);
        }
    }

    String text(ObjectId blob) throws KodeksException {
        try (ObjectReader reader = repo.newObjectReader()) {
            return text(reader, blob);
        }
    }

    /** The bytes of a blob, read through the caller's reader (see {@link #text(ObjectReader, ObjectId)}). */
    byte[] bytes(ObjectReader reader, ObjectId blob) throws KodeksException {
        try {
            return reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
        } catch (IOException e) {
            throw readFailed(e);
        }
    }

    /**
     * The text of a blob. Walks through history pass one reader, so the delta bases it caches
     * serve the next version of the file instead of being inflated again.
     */
    String text(ObjectReader reader, ObjectId blob) throws KodeksException {
        try {
            return new String(
                    reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw readFailed(e);
        }
    }

    /** The commit a revision names. */
    public RevCommit commit(String rev) throws KodeksException {
        try (RevWalk walk = new RevWalk(repo)) {
            ObjectId id = repo.resolve(rev + "^{commit}");
            if (id == null) {
                throw new KodeksException(DraftReader.BUNDLE, "rev.unknown", rev);
            }
            return walk.parseCommit(id);
        } catch (RevisionSyntaxException | IOException e) {
            throw new KodeksException(e, DraftReader.BUNDLE, "rev.unknown", rev);
        }
    }

    /** The current commit, or null in a repository without commits. */
    RevCommit head() throws KodeksException {
        try (RevWalk walk = new RevWalk(repo)) {
            ObjectId id = repo.resolve(Constants.HEAD);
            return id == null ? null : walk.parseCommit(id);
        } catch (IOException e) {
            throw readFailed(e);
        }
    }

    /** The branch HEAD points to. */
    public String branch() throws KodeksException {
        try {
            return repo.getBranch();
        } catch (IOException e) {
            throw readFailed(e);
        }
    }

    // ---- history ----

    /** The commits reachable from HEAD, newest first; {@code limit} 0 means all. */
    public List<CommitInfo> log(int limit) throws KodeksException {
        List<CommitInfo> out = new ArrayList<>();
        RevCommit head = head();
        if (head == null) {
            return out;
        }
        Map<ObjectId, List<String>> tags = tags();
        try (RevWalk walk = new RevWalk(repo)) {
            walk.markStart(walk.parseCommit(head));
            for (RevCommit c : walk) {
                out.add(CommitInfo.of(c, tags.getOrDefault(c.getId(), List.of())));
                if (limit > 0 && out.size() >= limit) {
                    break;
                }
            }
        } catch (IOException e) {
            throw readFailed(e);
        }
        return out;
    }

    /** One commit with its tags. */
    public CommitInfo info(RevCommit commit) throws KodeksException {
        return CommitInfo.of(commit, tags().getOrDefault(commit.getId(), List.of()));
    }

    /** Tag names by the commit they name. */
    Map<ObjectId, List<String>> tags() throws KodeksException {
        Map<ObjectId, List<String>> out = new HashMap<>();
        try {
            for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                Ref peeled = repo.getRefDatabase().peel(ref);
                ObjectId target =
                        peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : peeled.getObjectId();
                out.computeIfAbsent(target, k -> new ArrayList<>()).add(Repository.shortenRefName(ref.getName()));
            }
        } catch (IOException e) {
            throw readFailed(e);
        }
        return out;
    }

    // ---- writing ----

    /**
     * Commits every change in {@code drafts/}. Refuses a draft that does not read (so the
     * history holds only drafts that parse), an empty commit, and a repository that another
     * process holds locked.
     */
    public CommitInfo commit(String message, PersonIdent author) throws KodeksException {
        if (message == null || message.isBlank()) {
            throw new KodeksException(DraftReader.BUNDLE, "commit.message");
        }
        Draft draft = read(WORKING);
        for (Problem problem : draft.problems()) {
            if (problem.isError()) {
                throw new KodeksException(
                        DraftReader.BUNDLE, "commit.invalid", problem.describe(java.util.Locale.ENGLISH));
            }
        }
        return commitFiles(message, author);
    }

    /** Commits the files as they are, without reading them first (the sample history, benchmarks). */
    CommitInfo commitFiles(String message, PersonIdent author) throws KodeksException {
        try (WriteLock lock = writeLock()) {
            checkLocks();
            try {
                // One pass stages new, changed and deleted files alike. A second pass (add -u)
                // would hash the draft again: it was written a moment ago, so Git cannot trust
                // its time stamp and rereads it.
                git.add().addFilepattern(".").setAll(true).call();
                RevCommit commit = git.commit()
                        .setMessage(message)
                        .setAuthor(author)
                        .setCommitter(author)
                        .setAllowEmpty(false)
                        .call();
                return info(commit);
            } catch (EmptyCommitException e) {
                throw new KodeksException(DraftReader.BUNDLE, "commit.nothing");
            } catch (GitAPIException | JGitInternalException e) {
                throw writeFailed(e);
            }
        }
    }

    /** Names a revision with an annotated tag. */
    public CommitInfo tag(String name, String rev, PersonIdent tagger) throws KodeksException {
        try (WriteLock lock = writeLock()) {
            checkLocks();
            RevCommit commit = commit(rev == null ? Constants.HEAD : rev);
            try {
                if (repo.exactRef(Constants.R_TAGS + name) != null) {
                    throw new KodeksException(DraftReader.BUNDLE, "tag.exists", name);
                }
                git.tag()
                        .setName(name)
                        .setObjectId(commit)
                        .setAnnotated(true)
                        .setMessage(name)
                        .setTagger(tagger == null ? new PersonIdent(repo) : tagger)
                        .call();
                return info(commit);
            } catch (IOException | GitAPIException | JGitInternalException e) {
                throw writeFailed(e);
            }
        }
    }

    /** The branches, the current one marked with {@code *}. */
    public List<String> branches() throws KodeksException {
        List<String> out = new ArrayList<>();
        try {
            String current = repo.getBranch();
            for (Ref ref : git.branchList().call()) {
                String name = Repository.shortenRefName(ref.getName());
                out.add((name.equals(current) ? "* " : "  ") + name);
            }
        } catch (IOException | GitAPIException e) {
            throw readFailed(e);
        }
        return out;
    }

    /** Creates a branch at HEAD; with {@code switchTo} also makes it current. */
    public void branch(String name, boolean switchTo) throws KodeksException {
        try (WriteLock lock = writeLock()) {
            checkLocks();
            try {
                boolean known = repo.exactRef(Constants.R_HEADS + name) != null;
                if (!switchTo && known) {
                    throw new KodeksException(DraftReader.BUNDLE, "branch.exists", name);
                }
                if (!known) {
                    git.branchCreate().setName(name).call();
                }
                if (switchTo) {
                    requireClean();
                    git.checkout().setName(name).call();
                }
            } catch (RefAlreadyExistsException e) {
                throw new KodeksException(DraftReader.BUNDLE, "branch.exists", name);
            } catch (IOException | GitAPIException | JGitInternalException e) {
                throw writeFailed(e);
            }
        }
    }

    /** Refuses to go on while {@code drafts/} holds uncommitted changes. */
    void requireClean() throws KodeksException {
        try {
            if (!git.status().call().isClean()) {
                throw new KodeksException(DraftReader.BUNDLE, "repo.dirty");
            }
        } catch (GitAPIException | JGitInternalException e) {
            throw readFailed(e);
        }
    }

    /** The uncommitted state: the files changed since HEAD, by kind. */
    public Map<String, List<String>> changedFiles() throws KodeksException {
        try {
            org.eclipse.jgit.api.Status status = git.status().call();
            Map<String, List<String>> out = new java.util.LinkedHashMap<>();
            put(out, "added", status.getAdded());
            put(out, "changed", status.getChanged());
            put(out, "modified", status.getModified());
            put(out, "missing", status.getMissing());
            put(out, "removed", status.getRemoved());
            put(out, "untracked", status.getUntracked());
            put(out, "conflicting", status.getConflicting());
            return out;
        } catch (GitAPIException | JGitInternalException e) {
            throw readFailed(e);
        }
    }

    private static void put(Map<String, List<String>> out, String kind, java.util.Set<String> files) {
        if (!files.isEmpty()) {
            out.put(kind, files.stream().sorted().toList());
        }
    }

    // ---- locks ----

    /**
     * The lock every write holds for its whole length, shared with the review service (whose
     * files live in this repository), so that two processes never interleave their writes.
     */
    WriteLock writeLock() throws KodeksException {
        WriteLock lock = lockForWriting(dir);
        applyWriteSettings();
        return lock;
    }

    /**
     * Takes the write lock of the repository in {@code dir}. When the last Kodeks writer died
     * while holding it (SIGKILL, power loss), Git lock files made since that writer started are
     * its leftovers: every Kodeks writer holds this lock, so no other Kodeks process can own
     * them. They are removed, so a crash does not block the next write; lock files older than
     * the dead writer, which may belong to command-line Git, are left for {@link #checkLocks}.
     */
    public static WriteLock lockForWriting(Path dir) throws KodeksException {
        WriteLock lock = WriteLock.acquire(dir.resolve(".git").resolve(WRITE_LOCK), dir.toString());
        lock.crashedHolder().ifPresent(dead -> removeLocksSince(dir, dead.startedMillis()));
        return lock;
    }

    private static void removeLocksSince(Path dir, long startedMillis) {
        List<Path> found = new ArrayList<>();
        collectLocks(dir.resolve(".git"), 1, found);
        collectLocks(dir.resolve(".git").resolve("refs"), 8, found);
        for (Path lock : found) {
            try {
                // File times may be coarser than the clock: a second of slack.
                if (Files.getLastModifiedTime(lock).toMillis() >= startedMillis - 1000) {
                    Files.deleteIfExists(lock);
                }
            } catch (IOException e) {
                // Left in place: checkLocks reports it with the way to clear it by hand.
            }
        }
    }

    /** The lock files present in the repository now: in {@code .git/} itself and under {@code refs/}. */
    public List<Path> locks() {
        Path gitDir = dir.resolve(".git");
        List<Path> found = new ArrayList<>();
        collectLocks(gitDir, 1, found);
        collectLocks(gitDir.resolve("refs"), 8, found);
        return found;
    }

    private static void collectLocks(Path folder, int depth, List<Path> found) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder, depth)) {
            // gc.log.lock guards only the log of an automatic gc, not the history.
            files.filter(p -> p.getFileName().toString().endsWith(".lock")
                            && !p.getFileName().toString().equals("gc.log.lock"))
                    .forEach(found::add);
        } catch (IOException e) {
            // A folder that vanished while we looked held no lock worth reporting.
        }
    }

    /**
     * Fails when another process holds a lock, naming the file, its age and how to clear it if
     * no process is running (a lock left by a crash).
     */
    public void checkLocks() throws KodeksException {
        List<Path> locks = locks();
        if (!locks.isEmpty()) {
            throw lockedBy(locks.get(0));
        }
    }

    KodeksException lockedBy(Path lock) {
        String age;
        try {
            Duration d = Duration.between(Files.getLastModifiedTime(lock).toInstant(), Instant.now());
            age = d.toMinutes() > 0 ? d.toMinutes() + " min" : Math.max(0, d.toSeconds()) + " s";
        } catch (IOException e) {
            age = "?";
        }
        return new KodeksException(
                DraftReader.BUNDLE,
                "repo.locked",
                dir.relativize(lock).toString(),
                age,
                lock.toAbsolutePath().toString());
    }

    KodeksException writeFailed(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LockFailedException || t instanceof ConcurrentRefUpdateException) {
                List<Path> locks = locks();
                return locks.isEmpty()
                        ? new KodeksException(e, DraftReader.BUNDLE, "repo.busy", dir.toString())
                        : lockedBy(locks.get(0));
            }
        }
        return new KodeksException(e, DraftReader.BUNDLE, "repo.write", dir.toString(), String.valueOf(e.getMessage()));
    }

    KodeksException readFailed(Exception e) {
        return new KodeksException(e, DraftReader.BUNDLE, "repo.read", dir.toString(), String.valueOf(e.getMessage()));
    }

    File workTree() {
        return repo.getWorkTree();
    }

    @Override
    public void close() {
        git.close();
        repo.close();
    }
}
