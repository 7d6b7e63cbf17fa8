package kg.kodeks.drafts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kg.kodeks.drafts.DraftVersions.Version;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Act;
import kg.kodeks.model.Language;
import kg.kodeks.model.Unit;
import kg.kodeks.model.UnitKind;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The history of one article, following it back through renumbering and moves along the
 * first-parent line from HEAD. Every two neighbouring versions of the file are compared once, for
 * all articles at a time, and what changed is remembered ({@link HistoryCache}, also on disk when
 * the workspace has a cache folder); the walk then reads only the versions where its article's
 * lines changed, and parses whole versions only where the article may have got a new number.
 */
final class ArticleHistory {
    /** Said by the quick path when the article's lines changed but not its words (a comment, spacing). */
    private static final HistoryEntry UNCHANGED =
            new HistoryEntry(new CommitInfo("", "", "", "", "", "", List.of()), Change.MODIFIED, "", "", "", List.of());

    private ArticleHistory() {}

    static List<HistoryEntry> follow(DraftRepository repo, String article, Language language) throws KodeksException {
        List<HistoryEntry> entries = follow(repo, article, language, repo.history(), true);
        repo.history().save();
        return entries;
    }

    /**
     * Walks the history. With {@code learnFirst} every two neighbouring versions not compared
     * before are compared first, in the order the versions are stored; without, each pair is
     * compared when the walk comes to it (with an empty cache, the tests' plain reference).
     */
    static List<HistoryEntry> follow(
            DraftRepository repo, String article, Language language, HistoryCache cache, boolean learnFirst)
            throws KodeksException {
        RevCommit head = repo.head();
        if (head == null) {
            return List.of();
        }
        Act act = act(repo, repo.blob(head, Draft.fileName(language)), language);
        Unit tracked = act == null ? null : find(act, article);
        if (tracked == null) {
            throw new KodeksException(DraftReader.BUNDLE, "article.unknown", article, Draft.fileName(language));
        }
        try (ObjectReader reader = repo.repository().newObjectReader();
                RevWalk walk = new RevWalk(reader)) {
            List<Version> chain = DraftVersions.chain(cache, reader, head, language);
            if (learnFirst) {
                DraftVersions.learn(repo.repository(), cache, reader, chain, language);
            }
            return new Walk(repo, cache, reader, walk, language).follow(chain, tracked);
        } catch (IOException e) {
            throw repo.readFailed(e);
        }
    }

    /** One walk down the chain of versions, with what it needs at hand. */
    private static final class Walk {
        private final DraftRepository repo;
        private final HistoryCache cache;
        private final ObjectReader reader;
        private final RevWalk walk;
        private final Language language;

        Walk(DraftRepository repo, HistoryCache cache, ObjectReader reader, RevWalk walk, Language language) {
            this.repo = repo;
            this.cache = cache;
            this.reader = reader;
            this.walk = walk;
            this.language = language;
        }

        List<HistoryEntry> follow(List<Version> chain, Unit tracked) throws KodeksException, IOException {
            List<HistoryEntry> entries = new ArrayList<>();
            // The tracked article's lines in the current version, as bytes: older lines are made
            // from them by the edits kept in the cache. The text compared is kept apart, because
            // past a version that does not read it stays that of the last version compared.
            byte[] lines = spans(chain.get(0).blob()).segmentBytes(tracked.number());
            String segment = text(lines);
            for (int i = 0; ; i++) {
                Version current = chain.get(i);
                if (i + 1 == chain.size()) {
                    entries.add(added(current, tracked));
                    break;
                }
                Version parent = chain.get(i + 1);
                if (parent.blob().equals(current.blob())) {
                    continue;
                }
                ArticleChanges changes = cache.changed(language, current.blob(), parent.blob());
                if (segment != null && changes != null && !changes.contains(tracked.number())) {
                    continue;
                }
                ArticleSpans parentSpans = null;
                if (changes == null) {
                    ArticleSpans currentSpans = spans(current.blob());
                    parentSpans = spans(parent.blob());
                    changes = ArticleChanges.of(currentSpans.changedSince(parentSpans), currentSpans, parentSpans);
                    cache.remember(language, current.blob(), parent.blob(), changes);
                }
                byte[] parentLines = parentSpans != null
                        ? parentSpans.segmentBytes(tracked.number())
                        : changes.before(tracked.number(), lines);
                String parentSegment = text(parentLines);
                lines = parentLines;
                if (segment != null && segment.equals(parentSegment)) {
                    continue;
                }
                HistoryEntry quick = sameNumber(repo, commit(current), tracked, segment, parentSegment);
                if (quick != null) {
                    if (quick != UNCHANGED) {
                        entries.add(quick);
                    }
                    segment = parentSegment;
                    continue;
                }
                Act newer = act(repo, current.blob(), language);
                Act older = act(repo, parent.blob(), language);
                if (newer == null || older == null) {
                    // A version that does not read cannot be compared; look past it.
                    continue;
                }
                Unit now = find(newer, tracked.eid());
                Unit was = VersionDiff.matching(older, newer).oldFor(now == null ? tracked.eid() : now.eid());
                if (was == null) {
                    entries.add(added(current, tracked));
                    break;
                }
                HistoryEntry entry = entry(repo, commit(current), was, now == null ? tracked : now);
                if (entry != null) {
                    entries.add(entry);
                }
                tracked = was;
                lines = (parentSpans != null ? parentSpans : spans(parent.blob())).segmentBytes(was.number());
                segment = text(lines);
            }
            return entries;
        }

        private static String text(byte[] lines) {
            return lines == null ? null : new String(lines, StandardCharsets.UTF_8);
        }

        private ArticleSpans spans(ObjectId blob) throws KodeksException {
            return ArticleSpans.of(repo.bytes(reader, blob), language);
        }

        private RevCommit commit(Version version) throws IOException {
            return walk.parseCommit(version.commit());
        }

        private HistoryEntry added(Version version, Unit article) throws KodeksException, IOException {
            return new HistoryEntry(
                    repo.info(commit(version)), Change.ADDED, article.eid(), article.number(), null, List.of());
        }
    }

    /**
     * When the article kept its number and still reads as the same article, its change is read
     * from its own lines, without parsing the whole draft twice.
     */
    private static HistoryEntry sameNumber(
            DraftRepository repo, RevCommit commit, Unit tracked, String segment, String parentSegment)
            throws KodeksException {
        if (segment == null || parentSegment == null) {
            return null;
        }
        Unit now = parseSegment(segment);
        Unit was = parseSegment(parentSegment);
        if (now == null || was == null || !now.number().equals(tracked.number())) {
            return null;
        }
        java.util.Set<String> a = new java.util.HashSet<>(VersionDiff.tokens(now));
        java.util.Set<String> b = new java.util.HashSet<>(VersionDiff.tokens(was));
        if (VersionDiff.similarity(a, b) < VersionDiff.SAME_ARTICLE) {
            return null;
        }
        List<String> before = VersionDiff.tokens(was);
        List<String> after = VersionDiff.tokens(now);
        if (before.equals(after)) {
            return UNCHANGED;
        }
        Unit current = new Unit(
                now.kind(),
                tracked.eid(),
                now.number(),
                now.heading(),
                now.text(),
                now.repealed(),
                now.notes(),
                now.line(),
                now.children());
        return new HistoryEntry(
                repo.info(commit),
                Change.MODIFIED,
                current.eid(),
                current.number(),
                was.number(),
                WordDiff.diff(before, after));
    }

    private static Unit parseSegment(String segment) {
        String text = segment.replaceAll("(?s)<!--.*?-->", " ");
        List<kg.kodeks.corpus.SourceLine> lines = kg.kodeks.corpus.TextCleaner.lines(text, 1);
        var body = kg.kodeks.corpus.StructureParser.parse("segment", lines);
        return body.units().isEmpty() || body.units().get(0).kind() != UnitKind.ARTICLE
                ? null
                : body.units().get(0);
    }

    private static HistoryEntry entry(DraftRepository repo, RevCommit commit, Unit was, Unit now)
            throws KodeksException {
        List<String> before = VersionDiff.tokens(was);
        List<String> after = VersionDiff.tokens(now);
        boolean renumbered = !was.number().equals(now.number());
        boolean changed = !before.equals(after);
        boolean moved = !chapterOf(was.eid()).equals(chapterOf(now.eid())) && !renumbered;
        if (!renumbered && !changed && !moved) {
            return null;
        }
        String kind = renumbered ? Change.RENUMBERED : moved ? Change.MOVED : Change.MODIFIED;
        return new HistoryEntry(
                repo.info(commit),
                kind,
                now.eid(),
                now.number(),
                was.number(),
                changed ? WordDiff.diff(before, after) : List.of());
    }

    private static String chapterOf(String eid) {
        int at = eid.indexOf("art_");
        return at <= 0 ? "" : eid.substring(0, at);
    }

    private static Act act(DraftRepository repo, ObjectId blob, Language language) throws KodeksException {
        DraftFile file = blob == null ? null : repo.file(blob, language);
        return file == null ? null : file.act();
    }

    /** Finds an article by id ({@code art_12}, {@code chp_2__art_12}) or by number ({@code 12}). */
    static Unit find(Act act, String article) {
        String id = article.trim();
        if (id.matches("\\d+(-\\d+)*")) {
            id = "art_" + id;
        }
        Unit unit = act.find(id).orElse(null);
        return unit != null && unit.kind() == UnitKind.ARTICLE ? unit : null;
    }

    /** Every article of a version by its number: its lines from its heading to the next structural heading. */
    static Map<String, String> articles(byte[] data, Language language) {
        return ArticleSpans.of(data, language).articles();
    }

    /** The lines of one article of a version, or null when no article has that number. */
    static String segment(byte[] data, String number, Language language) {
        return ArticleSpans.of(data, language).segment(number);
    }
}
