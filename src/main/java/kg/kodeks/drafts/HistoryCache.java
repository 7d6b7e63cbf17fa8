package kg.kodeks.drafts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import kg.kodeks.model.Language;
import kg.kodeks.workspace.AtomicFiles;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

/**
 * What walks through the history have learnt, kept for the next walk: each commit's first
 * parent and the blobs of its draft files, and for two versions of a draft file (named by their
 * blob ids) the numbers of the articles whose lines differ. Everything is keyed by Git object
 * ids, which name content, so nothing here goes stale: new commits, branches and merges only add
 * keys.
 *
 * <p>For each two versions the edit from the newer to the older lines of each changed article
 * is kept too ({@link ArticleChanges}), so a later history need not rebuild old versions to show
 * what changed.
 *
 * <p>With a file ({@code .kodeks/drafts-history.bin} of the workspace) the next process starts
 * where this one stopped. The file is disposable: read once, ignored when it is missing, of
 * another format or damaged (its checksum does not match), and written whole through {@link
 * AtomicFiles} after a walk learnt something new.
 */
final class HistoryCache {
    static final String FILE = "drafts-history.bin";

    private static final int MAGIC = 0x4B444831; // "KDH1"
    private static final int FORMAT = 1;
    private static final int MAX_ENTRIES = 1_000_000;

    private final Path file;
    private final Map<ObjectId, Link> commits = new ConcurrentHashMap<>();
    private final Map<Pair, ArticleChanges> changed = new ConcurrentHashMap<>();
    private volatile boolean loaded;
    private volatile boolean dirty;

    /** A commit's first parent (null for a root commit) and the blob of each draft file it holds. */
    record Link(ObjectId parent, Map<Language, ObjectId> blobs) {
        Link {
            blobs = Map.copyOf(blobs);
        }

        ObjectId blob(Language language) {
            return blobs.get(language);
        }
    }

    /** Two versions of one language file: the newer and the one before it. */
    private record Pair(Language language, ObjectId newer, ObjectId older) {}

    /** Kept in memory only (a repository opened without a cache folder). */
    HistoryCache() {
        this(null);
    }

    /** Kept in memory and in {@code file}, when it is not null. */
    HistoryCache(Path file) {
        this.file = file;
    }

    Link link(ObjectId commit) {
        load();
        return commits.get(commit);
    }

    void remember(ObjectId commit, Link link) {
        if (commits.size() < MAX_ENTRIES) {
            commits.put(commit.copy(), link);
            dirty = true;
        }
    }

    /** The articles that differ between two versions, or null when these were never compared. */
    ArticleChanges changed(Language language, ObjectId newer, ObjectId older) {
        load();
        return changed.get(new Pair(language, newer, older));
    }

    void remember(Language language, ObjectId newer, ObjectId older, ArticleChanges changes) {
        if (changed.size() < MAX_ENTRIES) {
            changed.put(new Pair(language, newer.copy(), older.copy()), changes);
            dirty = true;
        }
    }

    /** Writes what was learnt since the file was read; a cache that cannot be written is rebuilt next time. */
    synchronized void save() {
        if (file == null || !dirty) {
            return;
        }
        try {
            AtomicFiles.write(file, bytes());
            dirty = false;
        } catch (IOException e) {
            // Nothing is lost but time: the next process walks the history again.
        }
    }

    private void load() {
        if (!loaded) {
            readFile();
        }
    }

    private synchronized void readFile() {
        if (loaded) {
            return;
        }
        try {
            if (file != null && Files.isRegularFile(file)) {
                read(Files.readAllBytes(file));
            }
        } catch (IOException | RuntimeException e) {
            // Damaged or of another format: nothing of it was taken, and the next save replaces it.
            dirty = true;
        } finally {
            loaded = true;
        }
    }

    private byte[] bytes() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(buffer);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        List<Language> languages = List.of(Language.values());
        out.writeInt(languages.size());
        for (Language language : languages) {
            out.writeUTF(language.code());
        }
        Map<ObjectId, Link> links = Map.copyOf(commits);
        out.writeInt(links.size());
        for (Map.Entry<ObjectId, Link> e : links.entrySet()) {
            writeId(out, e.getKey());
            writeOptionalId(out, e.getValue().parent());
            for (Language language : languages) {
                writeOptionalId(out, e.getValue().blob(language));
            }
        }
        Map<Pair, ArticleChanges> pairs = Map.copyOf(changed);
        out.writeInt(pairs.size());
        for (Map.Entry<Pair, ArticleChanges> e : pairs.entrySet()) {
            out.writeByte(languages.indexOf(e.getKey().language()));
            writeId(out, e.getKey().newer());
            writeId(out, e.getKey().older());
            out.writeInt(e.getValue().numbers().size());
            for (Map.Entry<String, ArticleChanges.Edit> edit :
                    e.getValue().edits().entrySet()) {
                out.writeUTF(edit.getKey());
                writeEdit(out, edit.getValue());
            }
        }
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(buffer.toByteArray());
        out.writeLong(crc.getValue());
        return buffer.toByteArray();
    }

    private void read(byte[] bytes) throws IOException {
        if (bytes.length < Long.BYTES) {
            throw new IOException("truncated");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - Long.BYTES);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        in.skipBytes(bytes.length - Long.BYTES);
        if (in.readLong() != crc.getValue()) {
            throw new IOException("checksum");
        }
        in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - Long.BYTES));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            throw new IOException("format");
        }
        Language[] languages = new Language[in.readInt()];
        for (int i = 0; i < languages.length; i++) {
            languages[i] = Language.parse(in.readUTF());
        }
        Map<ObjectId, Link> links = new java.util.HashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            ObjectId commit = readId(in);
            ObjectId parent = readOptionalId(in);
            Map<Language, ObjectId> blobs = new EnumMap<>(Language.class);
            for (Language language : languages) {
                ObjectId blob = readOptionalId(in);
                if (blob != null) {
                    blobs.put(language, blob);
                }
            }
            links.put(commit, new Link(parent, blobs));
        }
        Map<Pair, ArticleChanges> pairs = new java.util.HashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            Language language = languages[in.readUnsignedByte()];
            Pair pair = new Pair(language, readId(in), readId(in));
            Map<String, ArticleChanges.Edit> edits = new java.util.HashMap<>();
            for (int count = in.readInt(); count > 0; count--) {
                String number = in.readUTF();
                if (edits.containsKey(number)) {
                    throw new IOException("repeated article");
                }
                edits.put(number, readEdit(in));
            }
            pairs.put(pair, new ArticleChanges(edits));
        }
        if (in.available() != 0) {
            throw new IOException("trailing bytes");
        }
        commits.putAll(links);
        changed.putAll(pairs);
    }

    private static void writeEdit(DataOutputStream out, ArticleChanges.Edit edit) throws IOException {
        out.writeBoolean(edit != null);
        if (edit != null) {
            out.writeInt(edit.head());
            out.writeInt(edit.tail());
            out.writeInt(edit.middle().length);
            out.write(edit.middle());
        }
    }

    private static ArticleChanges.Edit readEdit(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        int head = in.readInt();
        int tail = in.readInt();
        int length = in.readInt();
        if (head < 0 || tail < 0 || length < 0 || length > in.available()) {
            throw new IOException("bad edit");
        }
        byte[] middle = new byte[length];
        in.readFully(middle);
        return new ArticleChanges.Edit(head, tail, middle);
    }

    private static void writeId(DataOutputStream out, ObjectId id) throws IOException {
        byte[] raw = new byte[Constants.OBJECT_ID_LENGTH];
        id.copyRawTo(raw, 0);
        out.write(raw);
    }

    private static void writeOptionalId(DataOutputStream out, ObjectId id) throws IOException {
        out.writeBoolean(id != null);
        if (id != null) {
            writeId(out, id);
        }
    }

    private static ObjectId readId(DataInputStream in) throws IOException {
        byte[] raw = new byte[Constants.OBJECT_ID_LENGTH];
        in.readFully(raw);
        return ObjectId.fromRaw(raw);
    }

    private static ObjectId readOptionalId(DataInputStream in) throws IOException {
        return in.readBoolean() ? readId(in) : null;
    }
}
