package kg.kodeks.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.kodeks.Workbench;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Act;
import kg.kodeks.model.Citations;
import kg.kodeks.model.Language;
import kg.kodeks.model.Norm;
import kg.kodeks.model.Unit;
import kg.kodeks.model.UnitRef;
import kg.kodeks.search.SearchHit;
import kg.kodeks.search.SearchRequest;
import kg.kodeks.search.SearchResult;

/**
 * The search page ({@code /search?q=…&lang=kir|rus&act=…&page=N}) and the similar norms of one
 * unit ({@code /similar?id=EXPRESSION&eid=EID}). A query the search service refuses (bad syntax,
 * too long) re-shows the form with its message and status 400.
 */
final class SearchRoutes {
    /** Hits on one page. */
    static final int PAGE_SIZE = 10;

    private static final String BUNDLE = "kg.kodeks.web.search";
    /** How long a page waits for an index update before it shows the progress instead. */
    static final Duration INDEX_WAIT = Duration.ofMillis(1500);

    private final Workbench workbench;
    private final Views views;
    private final Indexing indexing;
    private final Duration indexWait;

    SearchRoutes(Workbench workbench, Views views, Duration indexWait) {
        this.workbench = workbench;
        this.views = views;
        this.indexing = new Indexing(workbench);
        this.indexWait = indexWait;
    }

    static void register(Javalin app, Workbench workbench, Views views) {
        register(app, workbench, views, INDEX_WAIT);
    }

    static void register(Javalin app, Workbench workbench, Views views, Duration indexWait) {
        SearchRoutes routes = new SearchRoutes(workbench, views, indexWait);
        app.get("/search", routes::search);
        app.get("/similar", routes::similar);
    }

    /** An act the search can be limited to. */
    record ActOption(String value, String label) {}

    /** The hits of one act (one language version). */
    record Group(String expression, String lang, String title, String status, String date, List<Hit> hits) {}

    /** The unit with the same id in the other language version. */
    record Parallel(String expression, String eid, String lang, String text) {}

    /** One hit as the page shows it. */
    record Hit(
            String expression,
            String eid,
            String lang,
            String citation,
            String heading,
            List<Marks.Segment> snippet,
            Parallel parallel) {}

    void search(Context ctx) throws InterruptedException {
        Map<String, Object> model = Page.model(ctx);
        String q = trimmed(ctx.queryParam("q"));
        String lang = trimmed(ctx.queryParam("lang"));
        String act = trimmed(ctx.queryParam("act"));
        model.put("q", q);
        model.put("searchLang", lang);
        model.put("act", act);
        model.put("acts", actOptions((Ui) model.get("t")));
        if (!q.isEmpty() && !indexing.ready(indexWait)) {
            showIndexing(ctx, model);
        } else if (!q.isEmpty()) {
            int page = pageNumber(ctx.queryParam("page"));
            try {
                SearchRequest request = new SearchRequest(
                        q, language(lang), act.isEmpty() ? null : act, null, null, null, false, PAGE_SIZE, page);
                SearchResult result = workbench.search().search(request);
                showResult(model, result);
                Ui ui = (Ui) model.get("t");
                model.put(
                        "totalText",
                        ui.format("search.total", result.total(), ui.get("search.lang." + result.language())));
                model.put("paging", paging(ctx, result, ui));
            } catch (KodeksException e) {
                ctx.status(400);
                model.put("error", e.localized(((Ui) model.get("t")).locale()));
            }
        }
        views.show(ctx, "search", model);
    }

    void similar(Context ctx) throws KodeksException, InterruptedException {
        String id = trimmed(ctx.queryParam("id"));
        String eid = trimmed(ctx.queryParam("eid"));
        Act act = workbench.corpus().corpus().act(id).orElseThrow(NotFoundResponse::new);
        Unit unit = act.find(eid).orElseThrow(NotFoundResponse::new);
        Map<String, Object> model = Page.model(ctx);
        List<Unit> path = act.pathTo(unit.eid());
        model.put("similarText", ((Ui) model.get("t")).format("search.similarTotal", PAGE_SIZE));
        model.put(
                "source",
                new Hit(
                        act.meta().expression(),
                        unit.eid(),
                        act.meta().language().code(),
                        Citations.cite(act.meta(), path),
                        "",
                        List.of(new Marks.Segment(unitText(act, unit), false, "")),
                        null));
        if (indexing.ready(indexWait)) {
            showResult(model, workbench.search().similar(act.meta().expression() + "#" + unit.eid(), PAGE_SIZE));
        } else {
            showIndexing(ctx, model);
        }
        views.show(ctx, "search-similar", model);
    }

    /** The index is being brought up to date: the page shows how far, and asks to be loaded again. */
    private void showIndexing(Context ctx, Map<String, Object> model) {
        Ui ui = (Ui) model.get("t");
        long total = indexing.total();
        long done = Math.min(indexing.done(), Math.max(0, total));
        model.put("indexing", true);
        model.put("indexTotal", total);
        model.put("indexDone", done);
        model.put("indexText", total < 0 ? ui.get("search.indexingStart") : ui.format("search.indexing", done, total));
        // Reloading the same address shows the results once the index is ready; no script needed.
        ctx.header("Refresh", "1");
    }

    private void showResult(Map<String, Object> model, SearchResult result) {
        List<Group> groups = new ArrayList<>();
        for (List<SearchHit> hits : result.byAct().values()) {
            SearchHit first = hits.get(0);
            groups.add(new Group(
                    first.act() + "/" + first.lang(),
                    first.lang(),
                    first.title(),
                    first.status(),
                    first.date(),
                    hits.stream().map(this::hit).toList()));
        }
        model.put("groups", groups);
        model.put("total", result.total());
        model.put("searched", result.language());
    }

    private Hit hit(SearchHit hit) {
        Parallel parallel = null;
        if (hit.parallel() != null) {
            String expression = hit.act() + "/" + hit.parallel().lang();
            String text = parallelText(hit.act(), hit.parallel());
            parallel = new Parallel(
                    expression, hit.parallel().eid(), hit.parallel().lang(), text);
        }
        return new Hit(
                hit.act() + "/" + hit.lang(),
                hit.eid(),
                hit.lang(),
                hit.citation(),
                hit.heading(),
                Marks.fromSnippet(hit.snippet()),
                parallel);
    }

    private String parallelText(String work, SearchHit.Parallel parallel) {
        try {
            UnitRef ref = UnitRef.parse(work + "/" + parallel.lang() + "#" + parallel.eid());
            return workbench
                    .corpus()
                    .corpus()
                    .norm(ref)
                    .map(Norm::fullText)
                    .filter(t -> !t.isBlank())
                    .orElse("");
        } catch (IllegalArgumentException e) {
            // The index names an act the corpus no longer reads the same way: show the link only.
            return "";
        }
    }

    /** A norm's text as the search indexed it: a point with the lead-in of its part. */
    private String unitText(Act act, Unit unit) {
        return act.norms().stream()
                .filter(n -> n.eid().equals(unit.eid()))
                .findFirst()
                .map(Norm::fullText)
                .orElse(unit.text());
    }

    /** Every act once (by work), titled in the interface language where the corpus has that version. */
    private List<ActOption> actOptions(Ui ui) {
        Language preferred = ui.code().equals("ky") ? Language.KIR : Language.RUS;
        Map<String, String> titles = new LinkedHashMap<>();
        for (Act a : workbench.corpus().corpus().acts()) {
            String work = a.meta().work().uri();
            if (!titles.containsKey(work) || a.meta().language() == preferred) {
                titles.put(work, Citations.actName(a.meta()));
            }
        }
        return titles.entrySet().stream()
                .map(e -> new ActOption(e.getKey(), e.getValue()))
                .toList();
    }

    /** Links to the previous and next pages, keeping the query and filters. */
    private static Map<String, Object> paging(Context ctx, SearchResult result, Ui ui) {
        int pages = (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        Map<String, Object> paging = new LinkedHashMap<>();
        paging.put("page", result.page());
        paging.put("pages", pages);
        paging.put("text", ui.format("search.page", result.page(), pages));
        if (result.page() > 1) {
            paging.put("prev", pageLink(ctx, Math.min(result.page() - 1, pages)));
        }
        if (result.page() < pages) {
            paging.put("next", pageLink(ctx, result.page() + 1));
        }
        return paging;
    }

    private static String pageLink(Context ctx, int page) {
        StringBuilder link = new StringBuilder("/search?q=").append(Page.encode(trimmed(ctx.queryParam("q"))));
        for (String name : new String[] {"lang", "act"}) {
            String value = trimmed(ctx.queryParam(name));
            if (!value.isEmpty()) {
                link.append('&').append(name).append('=').append(Page.encode(value));
            }
        }
        return link.append("&page=").append(page).toString();
    }

    private static Language language(String code) throws KodeksException {
        if (code.isEmpty()) {
            return null;
        }
        try {
            return Language.parse(code);
        } catch (IllegalArgumentException e) {
            throw new KodeksException(BUNDLE, "search.badLanguage", code);
        }
    }

    private static int pageNumber(String text) {
        try {
            return text == null ? 1 : Math.max(1, Math.min(10_000, Integer.parseInt(text.trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }
}
