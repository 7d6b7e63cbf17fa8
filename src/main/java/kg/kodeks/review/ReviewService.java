package kg.kodeks.review;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Act;
import kg.kodeks.model.Citations;
import kg.kodeks.model.Language;
import kg.kodeks.model.Unit;
import kg.kodeks.model.UnitKind;
import kg.kodeks.workspace.Workspace;
import kg.kodeks.workspace.WriteLock;

/**
 * Review rounds and comments of one workspace: opening rounds, adding and importing comments,
 * decisions, listings that follow each comment to the newest version, and round summaries.
 * Every write checks its input first and then commits all its files in one commit of the
 * drafts repository, so bad input leaves nothing behind.
 */
public final class ReviewService {
    public static final String BUNDLE = "kg.kodeks.review.messages";
    private final Workspace workspace;
    private final DraftVersions drafts;
    private final Clock clock;
    private final Map<String, Act> acts = new HashMap<>();

    public ReviewService(Workspace workspace, DraftVersions drafts, Clock clock) {
        this.workspace = workspace;
        this.drafts = drafts;
        this.clock = clock;
    }

    /** A filter for {@link #list}: each field null when not filtering on it. */
    public record Filter(String round, Decision status, String article) {
        public static Filter all() {
            return new Filter(null, null, null);
        }
    }

    // ---- rounds -------------------------------------------------------------------------

    /**
     * Opens a round on a draft version.
     *
     * @param version a tag or commit of the drafts repository
     * @param due the due date; not before today
     * @param id the round id, or null for the next free {@code rN}
     * @param language the language of the text members read; null for Russian
     */
    public Round open(String version, LocalDate due, String id, Language language) throws KodeksException {
        workspace.requireWritable("open a review round");
        try (WriteLock lock = writeLock()) {
            LocalDate today = LocalDate.now(clock);
            String commit = drafts.resolve(version);
            Language lang = language == null ? Language.RUS : language;
            if (draft(commit, lang) == null) {
                throw new KodeksException(BUNDLE, "draft.missing", version, kg.kodeks.drafts.Draft.fileName(lang));
            }
            if (due == null || due.isBefore(today)) {
                throw new KodeksException(BUNDLE, "round.dueInPast", String.valueOf(due), today.toString());
            }
            List<Round> existing = rounds();
            String roundId = id == null ? nextRoundId(existing) : id;
            if (!ReviewIds.isValid(roundId)) {
                throw new KodeksException(BUNDLE, "round.badId", roundId);
            }
            if (existing.stream().anyMatch(r -> r.id().equalsIgnoreCase(roundId))) {
                throw new KodeksException(BUNDLE, "round.exists", roundId);
            }
            Round round = new Round(roundId, version.trim(), commit, lang, today, due, true);
            drafts.commit(
                    Map.of(ReviewFiles.roundPath(roundId), ReviewFiles.write(round)),
                    "Open review round " + roundId + " on " + round.version());
            return round;
        }
    }

    /** The tagged versions of the draft, oldest first. */
    public List<DraftVersions.Version> versions() throws KodeksException {
        return drafts.versions();
    }

    /** Closes a round: it takes no more comments, decisions may still be taken. */
    public Round close(String roundId) throws KodeksException {
        workspace.requireWritable("close a review round");
        try (WriteLock lock = writeLock()) {
            Round r = round(roundId);
            Round closed = new Round(r.id(), r.version(), r.commit(), r.language(), r.opened(), r.due(), false);
            drafts.commit(
                    Map.of(ReviewFiles.roundPath(r.id()), ReviewFiles.write(closed)), "Close review round " + r.id());
            return closed;
        }
    }

    /** Every round, in the order of their ids. */
    public List<Round> rounds() throws KodeksException {
        List<Round> out = new ArrayList<>();
        for (String path : drafts.list(ReviewFiles.FOLDER)) {
            if (path.endsWith("/" + ReviewFiles.ROUND_FILE)) {
                out.add(ReviewFiles.readRound(path, drafts.read(path).orElseThrow()));
            }
        }
        out.sort(Comparator.comparing(Round::opened).thenComparing(Round::id));
        return out;
    }

    /** The round with this id; fails naming it when there is none. */
    public Round round(String roundId) throws KodeksException {
        if (!ReviewIds.isValid(roundId)) {
            throw new KodeksException(BUNDLE, "round.unknown", String.valueOf(roundId));
        }
        Optional<String> text = drafts.read(ReviewFiles.roundPath(roundId));
        if (text.isEmpty()) {
            throw new KodeksException(BUNDLE, "round.unknown", roundId);
        }
        return ReviewFiles.readRound(ReviewFiles.roundPath(roundId), text.get());
    }

    private static String nextRoundId(List<Round> existing) {
        int n = 1;
        while (true) {
            String candidate = "r" + n;
            if (existing.stream().noneMatch(r -> r.id().equalsIgnoreCase(candidate))) {
                return candidate;
            }
            n++;
        }
    }

    // ---- comments -----------------------------------------------------------------------

    /**
     * Adds one comment on a unit of the round's version.
     *
     * @param unit an element id or a citation such as «ст. 12 ч. 2»
     * @param authorLine «Name, Organisation» (the organisation may be left out)
     */
    public Comment add(String roundId, String unit, String authorLine, String text, String proposal)
            throws KodeksException {
        workspace.requireWritable("add a review comment");
        try (WriteLock lock = writeLock()) {
            Round round = openRound(roundId);
            Act act = roundDraft(round);
            UnitCitations.Resolution r = UnitCitations.resolve(unit, act);
            if (!r.found()) {
                throw new KodeksException(BUNDLE, "unit.unknown", String.valueOf(unit), round.version());
            }
            String[] author = splitAuthor(authorLine);
            if (text == null || text.isBlank()) {
                throw new KodeksException(BUNDLE, "comment.noText");
            }
            String id = nextCommentIds(round.id(), 1).get(0);
            Comment c = new Comment(
                    id,
                    round.id(),
                    author[0],
                    author[1],
                    LocalDate.now(clock),
                    r.unit().eid(),
                    text.strip(),
                    proposal == null ? "" : proposal.strip(),
                    Decision.OPEN,
                    "",
                    "",
                    null);
            drafts.commit(
                    Map.of(ReviewFiles.commentPath(round.id(), id), ReviewFiles.write(c)),
                    "Review comment " + id + " on " + c.unit() + " by " + c.author());
            return c;
        }
    }

    /** Records the drafters' decision on a comment. */
    public Comment decide(String commentId, Decision decision, String reason, String by) throws KodeksException {
        workspace.requireWritable("record a decision on a review comment");
        try (WriteLock lock = writeLock()) {
            if (decision == null || !decision.decided()) {
                throw new KodeksException(BUNDLE, "decision.bad", String.valueOf(decision));
            }
            if (reason == null || reason.isBlank()) {
                throw new KodeksException(BUNDLE, "decision.noReason", commentId);
            }
            Comment c = comment(commentId);
            String who = by == null || by.isBlank() ? System.getProperty("user.name", "") : by.strip();
            Comment decided = c.decided(decision, reason.strip(), who, LocalDate.now(clock));
            drafts.commit(
                    Map.of(ReviewFiles.commentPath(c.round(), c.id()), ReviewFiles.write(decided)),
                    "Decision on review comment " + c.id() + ": " + decision.code());
            return decided;
        }
    }

    /** The comment with this id; fails naming it when there is none. */
    public Comment comment(String commentId) throws KodeksException {
        String roundId = ReviewIds.isValid(commentId) ? ReviewIds.roundOf(commentId) : null;
        Optional<String> text =
                roundId == null ? Optional.empty() : drafts.read(ReviewFiles.commentPath(roundId, commentId));
        if (text.isEmpty()) {
            throw new KodeksException(BUNDLE, "comment.unknown", String.valueOf(commentId));
        }
        return ReviewFiles.readComment(ReviewFiles.commentPath(roundId, commentId), text.get());
    }

    /** The comments of a round, in id order. */
    public List<Comment> comments(String roundId) throws KodeksException {
        List<Comment> out = new ArrayList<>();
        for (String path : drafts.list(ReviewFiles.FOLDER + "/" + roundId)) {
            if (path.endsWith(".yaml") && !path.endsWith("/" + ReviewFiles.ROUND_FILE)) {
                out.add(ReviewFiles.readComment(path, drafts.read(path).orElseThrow()));
            }
        }
        out.sort(Comparator.comparing(Comment::id));
        return out;
    }

    /** Comments with where their units stand in the newest version, filtered. */
    public List<ListedComment> list(Filter filter) throws KodeksException {
        List<Round> rounds = filter.round() == null ? rounds() : List.of(round(filter.round()));
        String newest = drafts.newest();
        List<ListedComment> out = new ArrayList<>();
        for (Round round : rounds) {
            Act from = roundDraft(round);
            Act to = draft(newest, round.language());
            Anchoring anchoring = to == null ? null : new Anchoring(from, to);
            for (Comment c : comments(round.id())) {
                if (filter.status() != null && c.decision() != filter.status()) {
                    continue;
                }
                ListedComment listed = listed(c, from, to, anchoring, round.language());
                if (filter.article() != null && !filter.article().equals(listed.currentArticle())) {
                    continue;
                }
                out.add(listed);
            }
        }
        return out;
    }

    private static ListedComment listed(Comment c, Act from, Act to, Anchoring anchoring, Language language) {
        Anchor anchor = anchoring == null ? Anchor.removed() : anchoring.follow(c.unit());
        String citation = Citations.local(
                language, from.pathTo(from.find(c.unit()).map(Unit::eid).orElse(c.unit())));
        String current = null;
        String article = null;
        if (!anchor.isRemoved()) {
            List<Unit> path = to.pathTo(anchor.unit());
            current = Citations.local(language, path);
            article = path.stream()
                    .filter(u -> u.kind() == UnitKind.ARTICLE)
                    .map(Unit::number)
                    .findFirst()
                    .orElse(null);
        }
        return new ListedComment(c, anchor, citation, current, article);
    }

    /** Counts by decision, the overdue comments, and counts per author. */
    public RoundSummary summary(String roundId) throws KodeksException {
        Round round = round(roundId);
        List<ListedComment> listed = list(new Filter(round.id(), null, null));
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (Decision d : Decision.values()) {
            byStatus.put(d.code(), 0);
        }
        Map<String, Map<String, Integer>> byAuthor = new TreeMap<>();
        List<ListedComment> overdue = new ArrayList<>();
        boolean pastDue = LocalDate.now(clock).isAfter(round.due());
        for (ListedComment l : listed) {
            String code = l.comment().decision().code();
            byStatus.merge(code, 1, Integer::sum);
            byAuthor.computeIfAbsent(l.comment().authorLine(), a -> new LinkedHashMap<>())
                    .merge(code, 1, Integer::sum);
            if (pastDue && !l.comment().decision().decided()) {
                overdue.add(l);
            }
        }
        return new RoundSummary(round, listed.size(), byStatus, overdue, byAuthor);
    }

    // ---- DOCX ---------------------------------------------------------------------------

    /**
     * Imports a returned comment form: every row that names a unit of the round's version
     * becomes a comment by {@code authorLine}; the others are reported. Nothing is written when
     * the file is unusable or no row could be placed.
     */
    public ImportReport importForm(Path file, String roundId, String authorLine) throws KodeksException {
        workspace.requireWritable("import review comments");
        try (WriteLock lock = writeLock()) {
            Round round = openRound(roundId);
            String[] author = splitAuthor(authorLine);
            CommentTable.Result table = CommentTable.read(file, roundDraft(round));
            List<ImportReport.Unplaced> unplaced = table.unplaced().stream()
                    .map(u -> new ImportReport.Unplaced(u.row(), u.unitText(), u.comment(), u.problem(), u.detail()))
                    .toList();
            if (table.placed().isEmpty() && unplaced.isEmpty()) {
                throw new KodeksException(BUNDLE, "docx.noComments", file.toString());
            }
            if (table.placed().isEmpty()) {
                return new ImportReport(List.of(), unplaced);
            }
            List<String> ids = nextCommentIds(round.id(), table.placed().size());
            LocalDate today = LocalDate.now(clock);
            Map<String, String> files = new LinkedHashMap<>();
            List<Comment> added = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                CommentTable.Placed p = table.placed().get(i);
                Comment c = new Comment(
                        ids.get(i),
                        round.id(),
                        author[0],
                        author[1],
                        today,
                        p.unit().eid(),
                        p.comment(),
                        p.proposal(),
                        Decision.OPEN,
                        "",
                        "",
                        null);
                files.put(ReviewFiles.commentPath(round.id(), c.id()), ReviewFiles.write(c));
                added.add(c);
            }
            drafts.commit(
                    files,
                    "Import " + added.size() + " review comments of " + author[0] + " into round " + round.id()
                            + " from " + file.getFileName());
            return new ImportReport(added, unplaced);
        }
    }

    /** Writes the empty comment form of a round: the version, the due date and a row per article. */
    public Path form(String roundId, Path out) throws KodeksException {
        Round round = round(roundId);
        Act act = roundDraft(round);
        try {
            CommentForm.write(out, round, act);
        } catch (IOException e) {
            throw new KodeksException(e, BUNDLE, "form.write", out.toString(), String.valueOf(e.getMessage()));
        }
        return out;
    }

    // ---- helpers ------------------------------------------------------------------------

    private Round openRound(String roundId) throws KodeksException {
        Round round = round(roundId);
        if (!round.open()) {
            throw new KodeksException(BUNDLE, "round.closed", round.id());
        }
        return round;
    }

    private Act roundDraft(Round round) throws KodeksException {
        Act act = draft(round.commit(), round.language());
        if (act == null) {
            throw new KodeksException(
                    BUNDLE, "draft.missing", round.version(), kg.kodeks.drafts.Draft.fileName(round.language()));
        }
        return act;
    }

    private synchronized Act draft(String commit, Language language) throws KodeksException {
        String key = commit + "/" + language.code();
        if (!acts.containsKey(key)) {
            acts.put(key, drafts.draft(commit, language).orElse(null));
        }
        return acts.get(key);
    }

    private List<String> nextCommentIds(String roundId, int count) throws KodeksException {
        int max = 0;
        String prefix = roundId + "-";
        for (String path : drafts.list(ReviewFiles.FOLDER + "/" + roundId)) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (name.startsWith(prefix) && name.endsWith(".yaml")) {
                try {
                    max = Math.max(max, Integer.parseInt(name.substring(prefix.length(), name.length() - 5)));
                } catch (NumberFormatException ignored) {
                    // A file someone named by hand; it does not take part in numbering.
                }
            }
        }
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(prefix + String.format("%03d", max + i));
        }
        return ids;
    }

    /**
     * Each write holds the drafts repository's write lock from reading what is there (the next
     * comment number, the comment decided on) to its commit, so two processes never both take
     * the same number or overwrite each other's change.
     */
    private WriteLock writeLock() throws KodeksException {
        return kg.kodeks.drafts.DraftRepository.lockForWriting(workspace.drafts());
    }

    /** «Name, Organisation» → [name, organisation]. */
    private static String[] splitAuthor(String authorLine) throws KodeksException {
        String line = authorLine == null ? "" : authorLine.strip();
        if (line.isEmpty()) {
            throw new KodeksException(BUNDLE, "author.missing");
        }
        int comma = line.indexOf(',');
        return comma < 0
                ? new String[] {line, ""}
                : new String[] {
                    line.substring(0, comma).strip(), line.substring(comma + 1).strip()
                };
    }
}
