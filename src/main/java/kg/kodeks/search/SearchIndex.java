package kg.kodeks.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kg.kodeks.analysis.Schema;
import kg.kodeks.corpus.ActFile;
import kg.kodeks.corpus.CorpusReader;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Act;
import kg.kodeks.workspace.WriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The index of one workspace's corpus in {@code .kodeks/index}. An update re-indexes only the
 * corpus files whose content hash changed; the hashes and the schema version travel in the
 * Lucene commit itself (its user data), so the index and the record of what it holds are
 * always committed together, atomically — Lucene writes a new {@code segments_N} only after
 * every file of the commit is synced. An index that is missing, unreadable or of another
 * schema version is deleted and built again.
 *
 * <p>Updates take turns, within a process ({@link #update} is synchronised) and across
 * processes: each holds a {@link WriteLock} on {@code .kodeks/index.lock} from reading the last
 * commit to writing the next, so a process never takes another's commit in progress for damage
 * and wipes the folder under its writer. Lucene's own {@code write.lock} lives inside the folder
 * that a rebuild empties, so it cannot play that part.
 */
public final class SearchIndex implements AutoCloseable {
    static final String BUNDLE = "kg.kodeks.search.messages";
    private static final String SCHEMA_KEY = "kodeks.schema";
    private static final String FILES_KEY = "kodeks.files";

    private final Path dir;
    private final Path corpusDir;
    private Directory directory;
    private DirectoryReader reader;

    /**
     * @param dir the index folder (created when needed)
     * @param corpusDir the corpus folder, to name files relative to it
     */
    public SearchIndex(Path dir, Path corpusDir) {
        this.dir = dir.toAbsolutePath().normalize();
        this.corpusDir = corpusDir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    /** Brings the index in line with the corpus read; returns what was done. */
    public synchronized IndexReport update(CorpusReader.Result corpus, IndexProgress progress) throws KodeksException {
        long started = System.nanoTime();
        try (WriteLock lock = writeLock()) {
            return doUpdate(corpus, progress, started);
        } catch (IOException e) {
            throw new KodeksException(e, BUNDLE, "index.failed", dir.toString(), String.valueOf(e.getMessage()));
        }
    }

    private IndexReport doUpdate(CorpusReader.Result corpus, IndexProgress progress, long started) throws IOException {
        Files.createDirectories(dir);
        Directory directory = directory();
        String rebuild = null;
        Map<String, String> previous = Map.of();
        try {
            Map<String, String> userData =
                    SegmentInfos.readLatestCommit(directory).getUserData();
            if (!String.valueOf(Schema.VERSION).equals(userData.get(SCHEMA_KEY))) {
                rebuild = "schema";
            } else {
                previous = decode(userData.getOrDefault(FILES_KEY, ""));
                verifyReadable(directory);
            }
        } catch (IndexNotFoundException | NoSuchFileException e) {
            rebuild = "missing";
        } catch (IOException | RuntimeException e) {
            // CorruptIndexException, IndexFormatTooOld/NewException, truncated files, garbage.
            rebuild = "damaged";
        }
        if (rebuild != null) {
            wipe();
            directory = directory();
            previous = Map.of();
        }

        Map<String, ActFile> files = new TreeMap<>();
        Map<String, String> hashes = new TreeMap<>();
        for (ActFile file : corpus.files()) {
            String name = name(file.path());
            files.put(name, file);
            hashes.put(name, hash(file.path()));
        }
        Set<Act> inCorpus = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        inCorpus.addAll(corpus.corpus().acts());

        Map<String, String> before = previous;
        List<String> changed = hashes.keySet().stream()
                .filter(f -> !hashes.get(f).equals(before.get(f)))
                .toList();
        List<String> removed = before.keySet().stream()
                .filter(f -> !hashes.containsKey(f))
                .sorted()
                .toList();
        if (rebuild == null && changed.isEmpty() && removed.isEmpty()) {
            // Another process may have brought the index up to date: read its commit, not ours.
            reopenIfChanged();
            return new IndexReport(null, List.of(), List.of(), hashes.size(), documentCount(), elapsed(started));
        }

        IndexWriterConfig config = new IndexWriterConfig(Schema.indexAnalyzer())
                .setOpenMode(rebuild != null ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (String file : removed) {
                writer.deleteDocuments(new Term(Schema.FILE, file));
            }
            progress.start("index", changed.size());
            int done = 0;
            for (String file : changed) {
                writer.deleteDocuments(new Term(Schema.FILE, file));
                ActFile actFile = files.get(file);
                if (actFile.ok() && inCorpus.contains(actFile.act())) {
                    // One block: norms and articles find their act document after them.
                    writer.addDocuments(DocumentFactory.documents(actFile.act(), file));
                }
                progress.advance(++done);
            }
            progress.finish();
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, String.valueOf(Schema.VERSION), FILES_KEY, encode(hashes))
                    .entrySet());
            writer.commit();
        }
        closeReader();
        return new IndexReport(
                rebuild, changed, removed, hashes.size() - changed.size(), documentCount(), elapsed(started));
    }

    /** Opening every segment checks headers, footers and the lengths of the files. */
    private static void verifyReadable(Directory directory) throws IOException {
        try (DirectoryReader probe = DirectoryReader.open(directory)) {
            probe.numDocs();
        }
    }

    /**
     * A reader of the last commit, reopened after updates. The caller must not close it.
     *
     * @throws IOException when the index cannot be read
     */
    synchronized DirectoryReader reader() throws IOException {
        if (reader == null) {
            reader = DirectoryReader.open(directory());
        }
        return reader;
    }

    /** True when a commit exists. */
    synchronized boolean exists() throws IOException {
        return Files.isDirectory(dir) && DirectoryReader.indexExists(directory());
    }

    /** Drops the index entirely, so the next update builds it again (after damage found late). */
    synchronized void discard() throws IOException, KodeksException {
        try (WriteLock lock = writeLock()) {
            wipe();
        }
    }

    /** The turn of this process to change the index folder; waits for another process's update. */
    private WriteLock writeLock() throws IOException, KodeksException {
        Files.createDirectories(dir.getParent());
        return WriteLock.acquire(dir.resolveSibling(dir.getFileName() + ".lock"), dir.toString());
    }

    /** Norms and articles, not counting the acts' own documents. */
    private int documentCount() throws IOException {
        DirectoryReader current = reader();
        return current.numDocs()
                - new IndexSearcher(current).count(new TermQuery(new Term(Schema.SCOPE, Schema.ACT_SCOPE)));
    }

    private Directory directory() throws IOException {
        if (directory == null) {
            directory = FSDirectory.open(dir);
        }
        return directory;
    }

    private void wipe() throws IOException {
        closeReader();
        if (directory != null) {
            directory.close();
            directory = null;
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private void reopenIfChanged() throws IOException {
        if (reader != null) {
            DirectoryReader newer = DirectoryReader.openIfChanged(reader);
            if (newer != null) {
                reader.close();
                reader = newer;
            }
        }
    }

    private void closeReader() throws IOException {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }

    private String name(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(corpusDir)
                ? corpusDir.relativize(absolute).toString().replace('\\', '/')
                : absolute.toString();
    }

    static String hash(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        } catch (IOException e) {
            // A file that vanished between listing and hashing: a hash that never matches.
            return "unreadable:" + e.getClass().getSimpleName();
        }
    }

    private static String encode(Map<String, String> hashes) {
        return hashes.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining("\n"));
    }

    private static Map<String, String> decode(String text) {
        Map<String, String> out = new HashMap<>();
        for (String line : text.split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0) {
                out.put(line.substring(space + 1), line.substring(0, space));
            }
        }
        return out;
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Override
    public synchronized void close() {
        try {
            closeReader();
            if (directory != null) {
                directory.close();
                directory = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents of a list, for tests and the benchmark. */
    static List<Document> documentsOf(List<Act> acts) {
        List<Document> docs = new ArrayList<>();
        for (Act act : acts) {
            docs.addAll(DocumentFactory.documents(act, act.meta().expression()));
        }
        return docs;
    }
}
