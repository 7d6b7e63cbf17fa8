package kg.kodeks.drafts;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The articles whose lines differ between two versions of a draft file, each with the edit that
 * turns its lines in the newer version back into its lines in the older one (null where the
 * older version has no article of that number). Keeping the edit lets a later history show the
 * change without rebuilding the older version from its deltas, which costs milliseconds for each
 * version; an edit of a few words keeps a few bytes.
 *
 * @param edits the edits by article number
 */
record ArticleChanges(Map<String, Edit> edits) {
    ArticleChanges {
        edits = Collections.unmodifiableMap(new HashMap<>(edits));
    }

    /**
     * Older lines as newer lines with their middle replaced: the first {@code head} and the last
     * {@code tail} bytes are kept, the bytes between become {@code middle}.
     */
    record Edit(int head, int tail, byte[] middle) {
        static Edit between(byte[] newer, byte[] older) {
            if (newer == null) {
                return new Edit(0, 0, older);
            }
            int head = Arrays.mismatch(newer, older);
            if (head < 0) {
                return new Edit(newer.length, 0, new byte[0]);
            }
            int tail = 0;
            int limit = Math.min(newer.length, older.length) - head;
            while (tail < limit && newer[newer.length - 1 - tail] == older[older.length - 1 - tail]) {
                tail++;
            }
            return new Edit(head, tail, Arrays.copyOfRange(older, head, older.length - tail));
        }

        byte[] apply(byte[] newer) {
            int length = newer == null ? 0 : newer.length;
            byte[] out = new byte[head + middle.length + tail];
            if (head > 0) {
                System.arraycopy(newer, 0, out, 0, head);
            }
            System.arraycopy(middle, 0, out, head, middle.length);
            if (tail > 0) {
                System.arraycopy(newer, length - tail, out, head + middle.length, tail);
            }
            return out;
        }
    }

    /** The changes of {@code numbers} between two versions. */
    static ArticleChanges of(Set<String> numbers, ArticleSpans newer, ArticleSpans older) {
        Map<String, Edit> edits = new HashMap<>();
        for (String number : numbers) {
            byte[] before = older.segmentBytes(number);
            edits.put(number, before == null ? null : Edit.between(newer.segmentBytes(number), before));
        }
        return new ArticleChanges(edits);
    }

    boolean contains(String number) {
        return edits.containsKey(number);
    }

    Set<String> numbers() {
        return edits.keySet();
    }

    /**
     * An article's lines in the older version, from its lines in the newer one (null when the
     * newer has none): the same lines when it did not change, null when the older had none.
     */
    byte[] before(String number, byte[] newerLines) {
        if (!edits.containsKey(number)) {
            return newerLines;
        }
        Edit edit = edits.get(number);
        return edit == null ? null : edit.apply(newerLines);
    }
}
