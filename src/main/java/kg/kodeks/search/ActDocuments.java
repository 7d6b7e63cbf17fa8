package kg.kodeks.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kg.kodeks.analysis.Schema;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Finds the act document of a norm or article. An act's documents are added as one block with
 * the act's own last ({@link DocumentFactory#documents}); Lucene keeps a block together and in
 * order through merges, and deletes the block as a whole (every document of it names the same
 * file), so a document's act is the next act document of its segment. Which documents those are
 * is worked out once per segment and kept until the segment is closed. Thread-safe.
 */
final class ActDocuments {
    private final Map<IndexReader.CacheKey, FixedBitSet> acts = new ConcurrentHashMap<>();

    /** The stored fields of the act document that {@code doc} (a norm or an article) belongs to. */
    Document of(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int act = acts(leaf.reader()).nextSetBit(doc - leaf.docBase);
        if (act == DocIdSetIterator.NO_MORE_DOCS) {
            throw new IllegalStateException("document " + doc + " has no act document after it");
        }
        return leaf.reader().storedFields().document(act);
    }

    private FixedBitSet acts(LeafReader reader) throws IOException {
        IndexReader.CacheHelper cache = reader.getCoreCacheHelper();
        if (cache == null) {
            return find(reader);
        }
        FixedBitSet known = acts.get(cache.getKey());
        if (known == null) {
            known = find(reader);
            if (acts.putIfAbsent(cache.getKey(), known) == null) {
                cache.addClosedListener(acts::remove);
            }
        }
        return known;
    }

    private static FixedBitSet find(LeafReader reader) throws IOException {
        FixedBitSet bits = new FixedBitSet(reader.maxDoc());
        PostingsEnum docs = reader.postings(new Term(Schema.SCOPE, Schema.ACT_SCOPE), PostingsEnum.NONE);
        if (docs != null) {
            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                bits.set(d);
            }
        }
        return bits;
    }
}
