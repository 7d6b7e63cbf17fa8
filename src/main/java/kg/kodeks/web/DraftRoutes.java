package kg.kodeks.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kg.kodeks.Workbench;
import kg.kodeks.drafts.BlameLine;
import kg.kodeks.drafts.Change;
import kg.kodeks.drafts.CommitInfo;
import kg.kodeks.drafts.Comparison;
import kg.kodeks.drafts.Coverage;
import kg.kodeks.drafts.Draft;
import kg.kodeks.drafts.DraftFile;
import kg.kodeks.drafts.DraftRepository;
import kg.kodeks.drafts.Drafts;
import kg.kodeks.drafts.HistoryEntry;
import kg.kodeks.drafts.SourceNote;
import kg.kodeks.error.KodeksException;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Act;
import kg.kodeks.model.Corpus;
import kg.kodeks.model.Language;
import kg.kodeks.model.Unit;
import kg.kodeks.model.UnitKind;
import kg.kodeks.model.UnitRef;

/**
 * The draft pages: the current draft by chapter, its versions, the comparison of any two
 * versions side by side, one article's history, lint and the coverage ledger. Everything comes
 * from {@link Workbench#drafts()}; these handlers only choose what to show.
 *
 * <p>The drafts repository keeps a cache of parsed versions that is not meant for several
 * threads, and the server answers requests in parallel; so every use of it here holds the
 * drafts service's own lock (the one its {@code repository()} takes).
 */
final class DraftRoutes {
    static final String BUNDLE = "kg.kodeks.web.draft";
    /** Untagged commits offered in the version pickers; tagged ones are always offered. */
    private static final int RECENT = 30;
    /** Versions listed on the history page. */
    private static final int HISTORY_LIMIT = 500;

    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->");
    /** Markdown heading marks at the start of a line, shown in blame without them. */
    private static final Pattern MARKUP = Pattern.compile("^\\s*#+\\s+");

    private final Workbench workbench;
    private final Views views;

    DraftRoutes(Workbench workbench, Views views) {
        this.workbench = workbench;
        this.views = views;
    }

    /** Registers the draft pages. */
    void register(Javalin app) {
        app.get("/draft", this::draft);
        app.get("/draft/history", this::history);
        app.get("/draft/diff", this::diff);
        app.get("/draft/article", this::article);
        app.get("/draft/lint", this::lint);
        app.get("/draft/coverage", this::coverage);
        app.post("/draft/commit", this::commit);
    }

    // ---- what the templates get ----

    /** A source annotation as a link to the corpus unit it names. */
    record Source(String href, String address, boolean known) {}

    /** One unit of the draft. */
    record DraftRow(
            String eid,
            String kind,
            String label,
            String heading,
            String text,
            int depth,
            List<Source> sources,
            String article) {}

    /** One entry of the table of contents. */
    record TocItem(String eid, String kind, String label, String heading) {}

    /** One version: a commit with its tags, and the name of the version before it. */
    record Version(
            String rev,
            String id,
            String shortId,
            List<String> tags,
            String author,
            String email,
            String date,
            String subject,
            String body,
            String previous) {}

    /** One choice in the version pickers. */
    record Option(String value, String label) {}

    /** How many changes of one kind. */
    record KindCount(String kind, long count) {}

    /** A chapter change, its heading's words marked. */
    record ChapterChange(
            String kind, String oldLabel, String newLabel, String heading, List<DraftDiffView.Segment> words) {}

    /** An article change laid out side by side. */
    record ArticleChange(
            String kind,
            String oldLabel,
            String newLabel,
            String heading,
            String oldChapter,
            String newChapter,
            boolean textChanged,
            String anchor,
            List<DraftDiffView.Row> rows) {}

    /** One step of an article's history. */
    record Step(Version commit, String kind, String number, String oldNumber, List<DraftDiffView.Segment> words) {}

    /** One line of blame, its source annotations turned into links. */
    record BlameRow(int line, String commit, String author, String date, String text, List<Source> sources) {}

    /** One lint problem. */
    record LintRow(String severity, String file, int line, String message) {}

    /** A link with its text. */
    record Link(String href, String label) {}

    /** A norm the Code absorbs, with the Code's articles that absorb it. */
    record Absorbed(Link norm, String citation, List<Link> articles) {}

    /** One act of the coverage ledger. */
    record ActCoverage(
            String id,
            String title,
            int norms,
            int covered,
            double percent,
            List<Link> uncovered,
            List<Absorbed> absorbed) {}

    // ---- pages ----

    void draft(Context ctx) throws KodeksException {
        Language language = language(ctx);
        Map<String, Object> model = model(ctx, language);
        Drafts drafts = workbench.drafts();
        Draft draft = drafts.working();
        Optional<DraftFile> file = draft.file(language);
        model.put("fileName", Draft.fileName(language));
        if (file.isEmpty()) {
            model.put("missing", true);
            views.show(ctx, "draft", model);
            return;
        }
        DraftFile f = file.get();
        model.put(
                "problems",
                f.problems().stream()
                        .filter(Problem::isError)
                        .map(p -> p.describe(ui(ctx).locale()))
                        .toList());
        if (f.ok()) {
            Act act = f.act();
            model.put("title", act.meta().title());
            model.put("versionNote", f.versionNote());
            model.put("preamble", act.preamble());
            model.put("rows", draftRows(act, f.sources(), language));
            model.put(
                    "toc",
                    act.allUnits()
                            .filter(u -> u.kind().ordinal() <= UnitKind.ARTICLE.ordinal())
                            .map(u -> new TocItem(u.eid(), kind(u), DraftDiffView.label(u, language), u.heading()))
                            .toList());
        }
        if (drafts.hasRepository() && !workbench.workspace().bundledSample()) {
            synchronized (drafts) {
                DraftRepository repo = drafts.repository();
                List<CommitInfo> head = repo.log(1);
                if (!head.isEmpty()) {
                    model.put("head", version(head.get(0), null));
                }
                model.put("branch", repo.branch());
                model.put(
                        "uncommitted",
                        repo.changedFiles().values().stream()
                                .mapToInt(List::size)
                                .sum());
                model.put("commitError", ctx.attribute("commitError"));
                model.put("commitMessage", ctx.attribute("commitMessage"));
            }
        }
        views.show(ctx, "draft", model);
    }

    /**
     * Records the working copy as a new version, credited to the logged-in user (a drafter or an
     * administrator); on loopback without login, to the repository's configured author.
     */
    void commit(Context ctx) throws KodeksException {
        kg.kodeks.users.User user = Guard.session(ctx).user();
        if (user != null && user.role() != kg.kodeks.users.Role.DRAFTER && user.role() != kg.kodeks.users.Role.ADMIN) {
            throw new io.javalin.http.ForbiddenResponse("role");
        }
        String message = ctx.formParam("message");
        Drafts drafts = workbench.drafts();
        try {
            synchronized (drafts) {
                DraftRepository repo = drafts.repository();
                repo.commit(message, user != null ? DraftRepository.person(user.author()) : repo.authorOrDefault());
            }
        } catch (KodeksException e) {
            // The form is shown again with what went wrong; nothing was recorded.
            ctx.status(400);
            ctx.attribute("commitError", e.localized(ui(ctx).locale()));
            ctx.attribute("commitMessage", message);
            draft(ctx);
            return;
        }
        ctx.redirect("/draft/history?committed=1");
    }

    void history(Context ctx) throws KodeksException {
        Language language = language(ctx);
        Map<String, Object> model = model(ctx, language);
        if (noRepository(ctx, model)) {
            return;
        }
        Drafts drafts = workbench.drafts();
        synchronized (drafts) {
            DraftRepository repo = drafts.repository();
            model.put("versions", versions(repo, repo.log(HISTORY_LIMIT)));
            model.put("branch", repo.branch());
        }
        model.put("limit", HISTORY_LIMIT);
        views.show(ctx, "draft_history", model);
    }

    void diff(Context ctx) throws KodeksException {
        Language language = language(ctx);
        Map<String, Object> model = model(ctx, language);
        if (noRepository(ctx, model)) {
            return;
        }
        Drafts drafts = workbench.drafts();
        synchronized (drafts) {
            DraftRepository repo = drafts.repository();
            List<CommitInfo> log = repo.log(HISTORY_LIMIT);
            String to = blankToNull(ctx.queryParam("to"));
            String from = blankToNull(ctx.queryParam("from"));
            if (to == null) {
                to = log.isEmpty() ? DraftRepository.WORKING : rev(log.get(0));
            }
            if (from == null) {
                from = log.size() > 1 ? rev(log.get(1)) : log.isEmpty() ? "HEAD" : rev(log.get(0));
            }
            model.put("from", from);
            model.put("to", to);
            model.put("options", options(log, from, to, ui(ctx)));
            try {
                model.put("fromInfo", describe(repo, from));
                model.put("toInfo", describe(repo, to));
                Comparison comparison = drafts.diff(from, to, language);
                Act older = repo.read(from).act(language).orElseThrow();
                Act newer = repo.read(to).act(language).orElseThrow();
                comparisonModel(model, comparison, older, newer, language);
            } catch (KodeksException e) {
                // A version that does not exist or does not read: the pickers stay, with the reason.
                ctx.status(400);
                model.put("error", e.localized(ui(ctx).locale()));
            }
        }
        views.show(ctx, "draft_diff", model);
    }

    void article(Context ctx) throws KodeksException {
        Language language = language(ctx);
        Map<String, Object> model = model(ctx, language);
        String id = blankToNull(ctx.queryParam("id"));
        if (id == null) {
            throw new NotFoundResponse();
        }
        if (noRepository(ctx, model)) {
            return;
        }
        Drafts drafts = workbench.drafts();
        synchronized (drafts) {
            DraftRepository repo = drafts.repository();
            List<HistoryEntry> history;
            List<BlameLine> blame;
            try {
                history = drafts.history(id, language);
                blame = drafts.blame(id, language);
            } catch (KodeksException e) {
                if ("article.unknown".equals(e.key())) {
                    notFound(ctx, e.localized(ui(ctx).locale()));
                    return;
                }
                throw e;
            }
            Act head = repo.read("HEAD").act(language).orElse(null);
            Unit unit = head == null ? null : findArticle(head, id);
            if (unit != null) {
                model.put("label", DraftDiffView.label(unit, language));
                model.put("heading", unit.heading());
                model.put("eid", unit.eid());
            }
            List<Step> steps = new ArrayList<>();
            for (HistoryEntry e : history) {
                steps.add(new Step(
                        version(e.commit(), null),
                        e.kind(),
                        e.number(),
                        e.oldNumber(),
                        DraftDiffView.shortened(e.words())));
            }
            model.put("steps", steps);
            DraftFile headFile = repo.read("HEAD").file(language).orElse(null);
            Map<Integer, List<Source>> byLine = new HashMap<>();
            if (headFile != null) {
                Corpus corpus = workbench.corpus().corpus();
                for (SourceNote note : headFile.sources()) {
                    byLine.computeIfAbsent(note.line(), k -> new ArrayList<>()).add(source(corpus, note.source()));
                }
            }
            model.put(
                    "blame",
                    blame.stream()
                            .map(l -> new BlameRow(
                                    l.line(),
                                    l.commit(),
                                    l.author(),
                                    shortDate(l.date()),
                                    MARKUP.matcher(HTML_COMMENT
                                                    .matcher(l.text())
                                                    .replaceAll(""))
                                            .replaceAll("")
                                            .strip(),
                                    byLine.getOrDefault(l.line(), List.of())))
                            .toList());
        }
        model.put("id", id);
        views.show(ctx, "draft_article", model);
    }

    void lint(Context ctx) throws KodeksException {
        Language language = language(ctx);
        Map<String, Object> model = model(ctx, language);
        List<Problem> problems = workbench.drafts().lint(workbench.corpus().corpus());
        var locale = ui(ctx).locale();
        model.put(
                "problems",
                problems.stream()
                        .map(p -> new LintRow(p.severity(), p.file(), p.line(), p.message(locale)))
                        .toList());
        model.put("errors", problems.stream().filter(Problem::isError).count());
        model.put("warnings", problems.stream().filter(p -> !p.isError()).count());
        views.show(ctx, "draft_lint", model);
    }

    void coverage(Context ctx) throws KodeksException {
        Language language = language(ctx);
        Map<String, Object> model = model(ctx, language);
        Corpus corpus = workbench.corpus().corpus();
        Drafts drafts = workbench.drafts();
        Coverage.Report report = drafts.coverage(corpus, language);
        Act draft = drafts.working().act(language).orElse(null);
        List<ActCoverage> acts = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (Coverage.ActRow row : report.acts()) {
            Act act = corpus.act(row.id()).orElse(null);
            List<Link> uncovered = row.uncovered().stream()
                    .map(eid -> new Link(actHref(row.id(), act, eid), eid))
                    .toList();
            List<Absorbed> absorbed = row.absorbed().stream()
                    .map(n -> new Absorbed(
                            new Link(actHref(row.id(), act, n.eid()), n.eid()),
                            n.citation(),
                            n.articles().stream()
                                    .map(a -> articleLink(draft, a, language))
                                    .toList()))
                    .toList();
            acts.add(new ActCoverage(
                    row.id(), row.title(), row.norms(), row.covered(), row.percent(), uncovered, absorbed));
            titles.put(row.id(), row.title());
        }
        model.put("report", report);
        model.put("acts", acts);
        model.put(
                "candidates",
                report.repealCandidates().stream()
                        .map(id -> new Link("/act?id=" + Page.encode(id), titles.getOrDefault(id, id)))
                        .toList());
        model.put("noDraft", draft == null);
        model.put("fileName", Draft.fileName(language));
        views.show(ctx, "draft_coverage", model);
    }

    // ---- helpers ----

    private Map<String, Object> model(Context ctx, Language language) {
        Map<String, Object> model = Page.model(ctx);
        model.put("draftLang", language.code());
        model.put("otherLang", language.other().code());
        model.put("textLinks", textLinks(ctx));
        model.put("dt", new DraftText(ui(ctx)));
        return model;
    }

    /** Links to the same page with the draft text in each language, keeping the other parameters. */
    private static Map<String, String> textLinks(Context ctx) {
        Map<String, String> links = new LinkedHashMap<>();
        for (Language language : List.of(Language.KIR, Language.RUS)) {
            StringBuilder query = new StringBuilder("?lang=").append(language.code());
            ctx.queryParamMap().forEach((name, values) -> {
                if (!name.equals("lang") && !name.equals("ui")) {
                    values.forEach(v -> query.append('&')
                            .append(Page.encode(name))
                            .append('=')
                            .append(Page.encode(v)));
                }
            });
            links.put(language.code(), ctx.path() + query);
        }
        return links;
    }

    private static Ui ui(Context ctx) {
        return ctx.attribute("ui");
    }

    /** The language of the draft text ({@code ?lang=kir|rus}); by default the interface's. */
    private static Language language(Context ctx) throws KodeksException {
        String asked = blankToNull(ctx.queryParam("lang"));
        if (asked == null) {
            return "ky".equals(ui(ctx).code()) ? Language.KIR : Language.RUS;
        }
        try {
            return Language.parse(asked);
        } catch (IllegalArgumentException e) {
            throw new KodeksException(BUNDLE, "draft.error.lang", asked);
        }
    }

    /**
     * Shows what to do when there is no drafts repository to read history from: make one in
     * this workspace, or, in the bundled read-only sample, make a workspace first.
     */
    private boolean noRepository(Context ctx, Map<String, Object> model) {
        boolean sample = workbench.workspace().bundledSample();
        if (!sample && workbench.drafts().hasRepository()) {
            return false;
        }
        model.put("sample", sample);
        model.put("root", workbench.workspace().root().toString());
        model.put("folder", workbench.workspace().drafts().toString());
        views.show(ctx, "draft_norepo", model);
        return true;
    }

    /**
     * The 404 page with the reason in the user's language. The server's own 404 page would
     * replace it (error handlers run after the handler), so the rest of the request is skipped.
     */
    private void notFound(Context ctx, String message) {
        Map<String, Object> model = Page.model(ctx);
        model.put("status", 404);
        model.put("message", message);
        ctx.status(404);
        views.show(ctx, "error", model);
        ctx.skipRemainingHandlers();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String kind(Unit unit) {
        return unit.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** How a version is named in links: its first tag, else its short id. */
    private static String rev(CommitInfo c) {
        return c.tags().isEmpty() ? c.shortId() : c.tags().get(0);
    }

    private static String shortDate(String iso) {
        return iso.length() >= 16 ? iso.substring(0, 16).replace('T', ' ') : iso;
    }

    private static Version version(CommitInfo c, String previous) {
        String message = c.message();
        int nl = message.indexOf('\n');
        String body = nl < 0 ? "" : message.substring(nl + 1).strip();
        return new Version(
                rev(c),
                c.id(),
                c.shortId(),
                c.tags(),
                c.author(),
                c.email(),
                shortDate(c.date()),
                c.subject(),
                body,
                previous);
    }

    /** The versions with, for each, the name of its first parent (for the link to what it changed). */
    private static List<Version> versions(DraftRepository repo, List<CommitInfo> log) throws KodeksException {
        Map<String, CommitInfo> byId = new HashMap<>();
        log.forEach(c -> byId.put(c.id(), c));
        List<Version> out = new ArrayList<>();
        for (CommitInfo c : log) {
            var commit = repo.commit(c.id());
            String previous = null;
            if (commit.getParentCount() > 0) {
                String parent = commit.getParent(0).getName();
                CommitInfo p = byId.get(parent);
                previous = p == null ? parent.substring(0, 7) : rev(p);
            }
            out.add(version(c, previous));
        }
        return out;
    }

    /** Tagged versions, the most recent ones, the working copy, and whatever was asked for. */
    private static List<Option> options(List<CommitInfo> log, String from, String to, Ui ui) {
        List<Option> out = new ArrayList<>();
        out.add(new Option(DraftRepository.WORKING, ui.get("draft.diff.working")));
        int untagged = 0;
        for (CommitInfo c : log) {
            boolean tagged = !c.tags().isEmpty();
            if (!tagged && untagged++ >= RECENT) {
                continue;
            }
            String label = (tagged ? String.join(", ", c.tags()) + " · " : "") + c.shortId() + " · "
                    + c.date().substring(0, 10) + " · " + c.subject();
            out.add(new Option(rev(c), label.length() > 90 ? label.substring(0, 89) + "…" : label));
        }
        for (String asked : new String[] {from, to}) {
            if (out.stream().noneMatch(o -> o.value().equals(asked))) {
                out.add(new Option(asked, asked));
            }
        }
        return out;
    }

    /** The commit behind a version name, for the heading of the comparison. */
    private static Version describe(DraftRepository repo, String rev) throws KodeksException {
        if (DraftRepository.WORKING.equals(rev)) {
            return null;
        }
        return version(repo.info(repo.commit(rev)), null);
    }

    private static void comparisonModel(
            Map<String, Object> model, Comparison comparison, Act older, Act newer, Language language) {
        List<ChapterChange> chapters = new ArrayList<>();
        List<ArticleChange> articles = new ArrayList<>();
        for (Change c : comparison.changes()) {
            Unit was = c.oldEid() == null ? null : older.find(c.oldEid()).orElse(null);
            Unit now = c.eid() == null ? null : newer.find(c.eid()).orElse(null);
            // Without the closing dot: the heading says «Статья 11 → Статья 10. Сессии».
            String oldLabel = was == null ? "" : kg.kodeks.model.Citations.unitLabel(was, language);
            String newLabel = now == null ? "" : kg.kodeks.model.Citations.unitLabel(now, language);
            if (Change.CHAPTER.equals(c.unit())) {
                chapters.add(
                        new ChapterChange(c.kind(), oldLabel, newLabel, c.heading(), DraftDiffView.inline(c.words())));
                continue;
            }
            articles.add(new ArticleChange(
                    c.kind(),
                    oldLabel,
                    newLabel,
                    c.heading(),
                    chapterOf(older, was, language),
                    chapterOf(newer, now, language),
                    c.textChanged(),
                    c.eid() != null ? c.eid() : "old-" + c.oldEid(),
                    DraftDiffView.rows(c, was, now, language)));
        }
        List<KindCount> counts = new ArrayList<>();
        for (String kind : List.of(Change.ADDED, Change.REMOVED, Change.MODIFIED, Change.RENUMBERED, Change.MOVED)) {
            long n = articles.stream().filter(a -> a.kind().equals(kind)).count();
            if (n > 0) {
                counts.add(new KindCount(kind, n));
            }
        }
        model.put("compared", true);
        model.put("chapters", chapters);
        model.put("articles", articles);
        model.put("counts", counts);
        model.put(
                "textChanges",
                articles.stream().filter(ArticleChange::textChanged).count());
    }

    /** «Глава 3» for an article's chapter, empty when it stands outside chapters. */
    private static String chapterOf(Act act, Unit unit, Language language) {
        if (unit == null) {
            return "";
        }
        return act.pathTo(unit.eid()).stream()
                .filter(u -> u.kind() == UnitKind.CHAPTER)
                .findFirst()
                .map(ch -> kg.kodeks.model.Citations.unitLabel(ch, language))
                .orElse("");
    }

    private static Unit findArticle(Act act, String id) {
        String eid = id.matches("\\d+(-\\d+)*") ? "art_" + id : id;
        return act.find(eid).filter(u -> u.kind() == UnitKind.ARTICLE).orElse(null);
    }

    private List<DraftRow> draftRows(Act act, List<SourceNote> notes, Language language) {
        Corpus corpus = workbench.corpus().corpus();
        Map<String, List<Source>> sources = new HashMap<>();
        for (SourceNote note : notes) {
            sources.computeIfAbsent(note.eid(), k -> new ArrayList<>()).add(source(corpus, note.source()));
        }
        List<DraftRow> rows = new ArrayList<>();
        for (Unit unit : act.units()) {
            addRows(unit, 0, null, sources, language, rows);
        }
        return rows;
    }

    private static void addRows(
            Unit unit,
            int depth,
            String article,
            Map<String, List<Source>> sources,
            Language language,
            List<DraftRow> rows) {
        String art = unit.kind() == UnitKind.ARTICLE ? unit.number() : article;
        rows.add(new DraftRow(
                unit.eid(),
                kind(unit),
                DraftDiffView.label(unit, language),
                unit.heading(),
                unit.text(),
                depth,
                sources.getOrDefault(unit.eid(), List.of()),
                unit.kind() == UnitKind.ARTICLE ? art : null));
        for (Unit child : unit.children()) {
            addRows(child, depth + 1, art, sources, language, rows);
        }
    }

    /**
     * A source annotation as a link into the act viewer. The act viewer's anchors are full
     * element ids, annotations usually short ones, so the unit is looked up in the corpus; an
     * address the corpus does not know still links where it points (lint reports it).
     */
    static Source source(Corpus corpus, String address) {
        try {
            UnitRef ref = UnitRef.parse(address);
            Optional<Act> act = corpus.act(ref.expression());
            Optional<Unit> unit = act.flatMap(a -> a.find(ref.eid()));
            String anchor = unit.map(Unit::eid).orElse(ref.eid());
            return new Source(
                    "/act?id=" + Page.encode(ref.expression()) + "#" + Page.encode(anchor), address, unit.isPresent());
        } catch (IllegalArgumentException e) {
            return new Source(null, address, false);
        }
    }

    private static String actHref(String expression, Act act, String shortEid) {
        String anchor =
                act == null ? shortEid : act.find(shortEid).map(Unit::eid).orElse(shortEid);
        return "/act?id=" + Page.encode(expression) + "#" + Page.encode(anchor);
    }

    private static Link articleLink(Act draft, String shortEid, Language language) {
        Unit unit = draft == null ? null : draft.find(shortEid).orElse(null);
        if (unit == null) {
            return new Link(null, shortEid);
        }
        return new Link(
                "/draft?lang=" + language.code() + "#" + Page.encode(unit.eid()), DraftDiffView.label(unit, language));
    }
}
