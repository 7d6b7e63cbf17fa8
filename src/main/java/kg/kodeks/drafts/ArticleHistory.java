package kg.kodeks.drafts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The history of one article, following it back through renumbering and moves. Walks the
 * first-parent line from HEAD; where the file did not change, or the article's own lines did
 * not, nothing is parsed, so only the commits that touched the article cost a comparison.
 */
final class ArticleHistory {
    /** Said by the quick path when the article's lines changed but not its words (a comment, spacing). */
    private static final HistoryEntry UNCHANGED =
            new HistoryEntry(new CommitInfo("", "", "", "", "", "", List.of()), Change.MODIFIED, "", "", "", List.of());

    private ArticleHistory() {}

    static List<HistoryEntry> follow(DraftRepository repo, String article, Language language) throws KodeksException {
        RevCommit head = repo.head();
        if (head == null) {
            return List.of();
        }
        String file = Draft.fileName(language);
        Act act = act(repo, head, language);
        Unit tracked = act == null ? null : find(act, article);
        if (tracked == null) {
            throw new KodeksException(DraftReader.BUNDLE, "article.unknown", article, file);
        }
        List<HistoryEntry> entries = new ArrayList<>();
        try (ObjectReader reader = repo.repository().newObjectReader();
                RevWalk walk = new RevWalk(reader)) {
            RevCommit current = walk.parseCommit(head);
            ObjectId blob = repo.blob(reader, current, file);
            Map<String, String> articles = null;
            String segment = segment(repo.bytes(reader, blob), tracked.number(), language);
            while (true) {
                if (current.getParentCount() == 0) {
                    entries.add(added(repo, current, tracked));
                    break;
                }
                RevCommit parent = walk.parseCommit(current.getParent(0));
                ObjectId parentBlob = repo.blob(reader, parent, file);
                if (parentBlob == null) {
                    entries.add(added(repo, current, tracked));
                    break;
                }
                if (parentBlob.equals(blob)) {
                    current = parent;
                    continue;
                }
                Set<String> changed = repo.changedArticles(blob, parentBlob);
                if (segment != null && changed != null && !changed.contains(tracked.number())) {
                    // Compared before (by an earlier history): this article did not change here.
                    current = parent;
                    blob = parentBlob;
                    articles = null;
                    continue;
                }
                Map<String, String> parentArticles = articles(repo.bytes(reader, parentBlob), language);
                if (changed == null) {
                    if (articles == null) {
                        articles = articles(repo.bytes(reader, blob), language);
                    }
                    repo.rememberChangedArticles(blob, parentBlob, differing(articles, parentArticles));
                }
                String parentSegment = parentArticles.get(tracked.number());
                if (segment != null && segment.equals(parentSegment)) {
                    current = parent;
                    blob = parentBlob;
                    articles = parentArticles;
                    continue;
                }
                HistoryEntry quick = sameNumber(repo, current, tracked, segment, parentSegment);
                if (quick != null) {
                    if (quick != UNCHANGED) {
                        entries.add(quick);
                    }
                    current = parent;
                    blob = parentBlob;
                    segment = parentSegment;
                    articles = parentArticles;
                    continue;
                }
                Act newer = act(repo, current, language);
                Act older = act(repo, parent, language);
                if (newer == null || older == null) {
                    // A version that does not read cannot be compared; look past it.
                    current = parent;
                    blob = parentBlob;
                    articles = parentArticles;
                    continue;
                }
                Unit now = find(newer, tracked.eid());
                Unit was = VersionDiff.matching(older, newer).oldFor(now == null ? tracked.eid() : now.eid());
                if (was == null) {
                    entries.add(added(repo, current, tracked));
                    break;
                }
                HistoryEntry entry = entry(repo, current, was, now == null ? tracked : now);
                if (entry != null) {
                    entries.add(entry);
                }
                tracked = was;
                current = parent;
                blob = parentBlob;
                articles = parentArticles;
                segment = parentArticles.get(was.number());
            }
        } catch (IOException e) {
            throw repo.readFailed(e);
        }
        return entries;
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

    private static HistoryEntry added(DraftRepository repo, RevCommit commit, Unit article) throws KodeksException {
        return new HistoryEntry(repo.info(commit), Change.ADDED, article.eid(), article.number(), null, List.of());
    }

    private static Act act(DraftRepository repo, RevCommit commit, Language language) throws KodeksException {
        DraftFile file = repo.file(commit, language);
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

    /**
     * Every article of a version by its number: its lines from its heading to the next structural
     * heading. Only the first bytes of lines that could be headings are decoded before cutting.
     */
    static Map<String, String> articles(byte[] data, Language language) {
        Map<String, String> found = new HashMap<>();
        String number = null;
        int begin = -1;
        int pos = 0;
        while (pos < data.length) {
            int end = nextLine(data, pos);
            String head = lineHead(data, pos, end);
            if (head != null && isHeading(head)) {
                if (number != null) {
                    found.putIfAbsent(number, new String(data, begin, pos - begin, StandardCharsets.UTF_8));
                }
                number = articleNumber(head, language);
                begin = pos;
            }
            pos = end;
        }
        if (number != null) {
            found.putIfAbsent(number, new String(data, begin, data.length - begin, StandardCharsets.UTF_8));
        }
        return found;
    }

    /** The number of an article heading («Статья 12.», «12-берене»), or null for other headings. */
    private static String articleNumber(String head, Language language) {
        if (language == Language.RUS) {
            if (!head.startsWith("Статья ")) {
                return null;
            }
            int dot = head.indexOf('.', 7);
            return dot < 0 ? null : head.substring(7, dot);
        }
        int dash = head.indexOf("-берене");
        return dash <= 0 ? null : head.substring(0, dash);
    }

    private static Set<String> differing(Map<String, String> newer, Map<String, String> older) {
        Set<String> numbers = new HashSet<>();
        newer.forEach((number, text) -> {
            if (!text.equals(older.get(number))) {
                numbers.add(number);
            }
        });
        older.keySet().stream().filter(n -> !newer.containsKey(n)).forEach(numbers::add);
        return numbers;
    }

    /** The lines of one article of a version, or null when no article has that number. */
    static String segment(byte[] data, String number, Language language) {
        return articles(data, language).get(number);
    }

    /** The start of the line after the one at {@code pos} (the end of the data on the last line). */
    private static int nextLine(byte[] data, int pos) {
        int end = pos;
        while (end < data.length && data[end] != '\n') {
            end++;
        }
        return Math.min(data.length, end + 1);
    }

    /** The first characters of a line that may be a heading (after Markdown marks), else null. */
    private static String lineHead(byte[] data, int from, int to) {
        int i = from;
        while (i < to && (data[i] == '#' || data[i] == ' ')) {
            i++;
        }
        if (i >= to) {
            return null;
        }
        byte b = data[i];
        boolean digit = b >= '0' && b <= '9' && i + 1 < to && data[i + 1] != '.' && data[i + 1] != ')';
        // UTF-8 of the capitals С, Г, Р that begin «Статья», «Глава», «Раздел».
        boolean capital = b == (byte) 0xD0
                && i + 1 < to
                && (data[i + 1] == (byte) 0xA1 || data[i + 1] == (byte) 0x93 || data[i + 1] == (byte) 0xA0);
        if (!digit && !capital) {
            return null;
        }
        return new String(data, i, Math.min(to - i, 48), StandardCharsets.UTF_8);
    }

    private static boolean isHeading(String line) {
        if (line.startsWith("Статья ") || line.startsWith("Глава ") || line.startsWith("Раздел ")) {
            return true;
        }
        int i = 0;
        while (i < line.length() && (Character.isDigit(line.charAt(i)) || line.charAt(i) == '-')) {
            i++;
        }
        String rest = line.substring(i);
        return i > 0 && (rest.startsWith("берене") || rest.startsWith("глава") || rest.startsWith("бап"))
                || line.contains("бөлүм") && i > 0;
    }
}
