package kg.kodeks.search;

import java.util.List;

/**
 * What one index update did.
 *
 * @param rebuilt why the index was built from scratch ({@code missing}, {@code damaged},
 *     {@code schema}), or null when it was updated in place
 * @param indexedFiles the corpus files whose documents were (re)written
 * @param removedFiles the files gone from the corpus whose documents were deleted
 * @param unchangedFiles how many files were left as they were
 * @param documents documents in the index after the update
 * @param millis time taken
 */
public record IndexReport(
        String rebuilt,
        List<String> indexedFiles,
        List<String> removedFiles,
        int unchangedFiles,
        int documents,
        long millis) {
    public IndexReport {
        indexedFiles = List.copyOf(indexedFiles);
        removedFiles = List.copyOf(removedFiles);
    }

    /** True when nothing had to be written. */
    public boolean upToDate() {
        return rebuilt == null && indexedFiles.isEmpty() && removedFiles.isEmpty();
    }
}
