package kg.kodeks.drafts;

import java.util.List;

/**
 * What a merge did.
 *
 * @param status {@code up-to-date}, {@code fast-forward}, {@code merged} or {@code conflicting}
 * @param commit the commit HEAD points to afterwards (the merge commit when one was made)
 * @param conflicts the articles changed on both sides (only for {@code conflicting})
 * @param files the files Git could not merge line by line (only for {@code conflicting})
 */
public record MergeReport(String status, CommitInfo commit, List<Conflict> conflicts, List<String> files) {
    public static final String UP_TO_DATE = "up-to-date";
    public static final String FAST_FORWARD = "fast-forward";
    public static final String MERGED = "merged";
    public static final String CONFLICTING = "conflicting";

    public MergeReport {
        conflicts = List.copyOf(conflicts);
        files = List.copyOf(files);
    }

    public boolean ok() {
        return !CONFLICTING.equals(status);
    }

    /**
     * One article changed on both sides since their common version.
     *
     * @param lang the language file
     * @param eid the article's id in the common version
     * @param number its number there
     * @param heading its heading there
     * @param ours what this branch did to it ({@code modified}, {@code removed})
     * @param theirs what the merged revision did to it
     */
    public record Conflict(String lang, String eid, String number, String heading, String ours, String theirs) {}
}
