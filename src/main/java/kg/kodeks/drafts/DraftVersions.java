package kg.kodeks.drafts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.kodeks.model.Language;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.Pack;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The versions of one draft file along the first-parent line from a commit, and the comparison
 * of each version with the one before it, learnt once for every article (see {@link
 * HistoryCache}).
 *
 * <p>Reading thousands of versions costs what resolving Git's deltas costs. A pack stores a
 * version as a delta on a base stored before it, in chains up to 50 deep, and JGit keeps only the
 * base just below the object it reads. Read in history order, a version written after its base
 * (as {@code git fast-import} writes them) is rebuilt from the bottom of its chain every time;
 * read in the order of the pack, each base is at hand. So versions are read in pack order and
 * each is compared with its neighbours in history that were read just before it.
 */
final class DraftVersions {
    /** How many versions just read are kept to compare the next one with. */
    private static final int RECENT = 4;

    private DraftVersions() {}

    /** One version of the file: the commit and the file's blob in it. */
    record Version(ObjectId commit, ObjectId blob) {}

    /**
     * The commits from {@code head} back along first parents, each with the file's blob, newest
     * first; the line ends at a root commit or before a commit without the file.
     */
    static List<Version> chain(HistoryCache cache, ObjectReader reader, ObjectId head, Language language)
            throws IOException {
        List<Version> chain = new ArrayList<>();
        try (RevWalk walk = new RevWalk(reader)) {
            walk.setRetainBody(false);
            for (ObjectId id = head.copy(); id != null; ) {
                HistoryCache.Link link = cache.link(id);
                if (link == null) {
                    link = link(walk, id);
                    cache.remember(id, link);
                }
                ObjectId blob = link.blob(language);
                if (blob == null) {
                    break;
                }
                chain.add(new Version(id, blob));
                id = link.parent();
            }
        }
        return chain;
    }

    /** A commit's first parent and the blobs of the draft files at the root of its tree. */
    private static HistoryCache.Link link(RevWalk walk, ObjectId id) throws IOException {
        RevCommit commit = walk.parseCommit(id);
        Map<Language, ObjectId> blobs = new EnumMap<>(Language.class);
        try (TreeWalk tree = new TreeWalk(walk.getObjectReader())) {
            tree.addTree(commit.getTree());
            while (tree.next()) {
                for (Language language : Language.values()) {
                    if (tree.getPathString().equals(Draft.fileName(language))) {
                        blobs.put(language, tree.getObjectId(0));
                    }
                }
            }
        }
        ObjectId parent =
                commit.getParentCount() == 0 ? null : commit.getParent(0).copy();
        return new HistoryCache.Link(parent, blobs);
    }

    /**
     * Compares every two neighbouring versions of the chain that were not compared before. The
     * versions are read in pack order; each is compared with those of its neighbours read just
     * before it, from whose headings its own are found by reading only the lines that differ.
     */
    static void learn(Repository repo, HistoryCache cache, ObjectReader reader, List<Version> chain, Language language)
            throws IOException {
        Map<ObjectId, List<Neighbours>> byBlob = new LinkedHashMap<>();
        for (int i = 0; i + 1 < chain.size(); i++) {
            Neighbours pair =
                    new Neighbours(chain.get(i).blob(), chain.get(i + 1).blob());
            if (!pair.newer().equals(pair.older()) && cache.changed(language, pair.newer(), pair.older()) == null) {
                byBlob.computeIfAbsent(pair.newer(), k -> new ArrayList<>()).add(pair);
                byBlob.computeIfAbsent(pair.older(), k -> new ArrayList<>()).add(pair);
            }
        }
        Map<ObjectId, ArticleSpans> recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ObjectId, ArticleSpans> eldest) {
                return size() > RECENT;
            }
        };
        for (ObjectId blob : packOrder(repo, byBlob.keySet())) {
            byte[] data = bytes(reader, blob);
            ArticleSpans spans = null;
            for (Neighbours pair : byBlob.get(blob)) {
                boolean newer = pair.newer().equals(blob);
                ObjectId other = newer ? pair.older() : pair.newer();
                ArticleSpans known = recent.get(other);
                if (known == null || cache.changed(language, pair.newer(), pair.older()) != null) {
                    continue;
                }
                ArticleSpans.Step step = known.compare(data, !newer);
                spans = step.other();
                ArticleChanges changes = newer
                        ? ArticleChanges.of(step.changed(), spans, known)
                        : ArticleChanges.of(step.changed(), known, spans);
                cache.remember(language, pair.newer(), pair.older(), changes);
            }
            recent.put(blob, spans != null ? spans : ArticleSpans.of(data, language));
        }
        // Neighbours read far apart (in different packs, say): compared on their own.
        for (List<Neighbours> pairs : byBlob.values()) {
            for (Neighbours pair : pairs) {
                if (cache.changed(language, pair.newer(), pair.older()) == null) {
                    ArticleSpans newer = ArticleSpans.of(bytes(reader, pair.newer()), language);
                    ArticleSpans older = ArticleSpans.of(bytes(reader, pair.older()), language);
                    cache.remember(
                            language,
                            pair.newer(),
                            pair.older(),
                            ArticleChanges.of(newer.changedSince(older), newer, older));
                }
            }
        }
    }

    /** Two neighbouring versions: a blob and the one in the first parent. */
    private record Neighbours(ObjectId newer, ObjectId older) {}

    private static byte[] bytes(ObjectReader reader, ObjectId blob) throws IOException {
        return reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
    }

    /** Blobs stored in packs in the order they stand there, the others after them in the given order. */
    private static List<ObjectId> packOrder(Repository repo, Collection<ObjectId> blobs) {
        Map<ObjectId, long[]> places = places(repo, blobs);
        List<ObjectId> order = new ArrayList<>(blobs);
        Comparator<long[]> byPlace = Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]);
        order.sort(Comparator.comparing(places::get, byPlace));
        return order;
    }

    /**
     * Where each blob is stored: the pack's position in the list and the offset in it; loose
     * objects, or all of them when the packs cannot be looked at, go last in the given order.
     * The packs are JGit's internal API: the order only makes reading faster, never different.
     */
    private static Map<ObjectId, long[]> places(Repository repo, Collection<ObjectId> blobs) {
        Map<ObjectId, long[]> places = new HashMap<>();
        long loose = 0;
        for (ObjectId blob : blobs) {
            places.put(blob, new long[] {Long.MAX_VALUE, loose++});
        }
        if (!(repo.getObjectDatabase() instanceof ObjectDirectory directory)) {
            return places;
        }
        try {
            long rank = 0;
            for (Pack pack : directory.getPacks()) {
                for (ObjectId blob : blobs) {
                    long offset = places.get(blob)[0] == Long.MAX_VALUE
                            ? pack.getIndex().findOffset(blob)
                            : -1;
                    if (offset >= 0) {
                        places.put(blob, new long[] {rank, offset});
                    }
                }
                rank++;
            }
        } catch (IOException | RuntimeException e) {
            // Read in history order instead: slower on some packs, the same result.
        }
        return places;
    }
}
