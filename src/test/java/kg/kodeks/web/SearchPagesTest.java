package kg.kodeks.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import kg.kodeks.Workbench;
import kg.kodeks.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search page and the similar norms page over a small workspace of sample acts. */
class SearchPagesTest {
    static final String RUS = "%2Fakn%2Fkg%2Fact%2Flaw%2F2011-07-15%2F101%2Frus";

    @TempDir
    Path dir;

    private Javalin app;
    private Workbench workbench;

    /** Copies the sample acts of {@code src/test/resources/web-search} into a fresh workspace. */
    static Workbench fixture(Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (var files = Files.list(Path.of("src/test/resources/web-search/corpus"))) {
            for (Path file : files.toList()) {
                Files.copy(file, corpus.resolve(file.getFileName().toString()));
            }
        }
        return Workbench.open(new Workspace(dir, false));
    }

    private WebClient start() throws Exception {
        workbench = fixture(dir);
        app = WebServer.create(workbench, false).start("127.0.0.1", 0);
        return new WebClient(app.port());
    }

    /**
     * Gets a search page; while the index is still being prepared the page says so and asks to
     * be loaded again, as a browser does through the Refresh header.
     */
    static HttpResponse<String> search(WebClient client, String path) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        HttpResponse<String> page = client.get(path);
        while (page.body().contains("class=\"indexing\"") && System.currentTimeMillis() < until) {
            assertEquals("1", page.headers().firstValue("Refresh").orElse(""));
            Thread.sleep(100);
            page = client.get(path);
        }
        return page;
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
        if (workbench != null) {
            workbench.close();
        }
    }

    @Test
    void showsHighlightedHitsGroupedByActWithCitationLinkAndParallelUnit() throws Exception {
        WebClient client = start();
        HttpResponse<String> page =
                search(client, "/search?q=%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82%D0%B0&lang=rus&ui=ru");
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("<mark>бюджета</mark>"), body);
        assertTrue(body.contains("О пробном самоуправлении") && body.contains("О пробных финансах"), "both acts");
        assertTrue(body.contains("href=\"/act?id=" + RUS + "#chp_1__art_2__para_1\""), "link to the unit");
        assertTrue(
                body.contains("data-copy=\"часть 1 статьи 2 Закона Кыргызской Республики «О пробном самоуправлении»\""),
                "citation to copy");
        assertTrue(body.contains("жергиликтүү кеңешке берет"), "the parallel Kyrgyz unit is shown");
        assertTrue(body.contains("href=\"/similar?id=" + RUS + "&amp;eid=chp_1__art_2__para_1\""), "similar norms");
    }

    @Test
    void filtersByActAndByLanguage() throws Exception {
        WebClient client = start();
        String byAct = search(
                        client,
                        "/search?q=%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82%D0%B0&act=%2Fakn%2Fkg%2Fact%2Flaw%2F2012-01-10%2F7")
                .body();
        assertTrue(byAct.contains("О пробных финансах"));
        assertFalse(byAct.contains("class=\"hit-link\" href=\"/act?id=" + RUS), "the other act is filtered out");
        assertTrue(byAct.contains("<option value=\"/akn/kg/act/law/2012-01-10/7\" selected>"), "the filter is kept");
        String kyrgyz = search(client, "/search?q=%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82&lang=kir")
                .body();
        assertTrue(kyrgyz.contains("<mark>бюджеттин</mark>"), kyrgyz);
        assertFalse(
                kyrgyz.contains("class=\"hit-link\" href=\"/act?id=%2Fakn%2Fkg%2Fact%2Flaw%2F2012-01-10%2F7%2Frus"),
                "no Russian hits when searching Kyrgyz texts");
    }

    @Test
    void escapesTextOfTheCorpusInHits() throws Exception {
        WebClient client = start();
        String body = search(client, "/search?q=%D0%BF%D0%BE%D0%BB%D0%BD%D0%BE%D0%BC%D0%BE%D1%87%D0%B8%D0%B9")
                .body();
        assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), body);
        assertFalse(body.contains("<script>alert"));
    }

    @Test
    void reShowsTheFormWithTheMessageWhenTheQueryIsMalformed() throws Exception {
        WebClient client = start();
        HttpResponse<String> page = search(client, "/search?q=%22%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82&ui=en");
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("class=\"error\""), page.body());
        assertTrue(page.body().contains("name=\"q\" value=\"&quot;бюджет\""), "the query stays in the box");
        assertFalse(page.body().contains("Exception"));
    }

    @Test
    void pagesThroughManyHitsKeepingTheFilters() throws Exception {
        StringBuilder act = new StringBuilder(
                "---\nid: /akn/kg/act/law/2015-01-01/1\ntitle: О пробных поселениях\nlang: rus\n---\n");
        for (int i = 1; i <= 12; i++) {
            act.append("Статья ")
                    .append(i)
                    .append(". Поселение ")
                    .append(i)
                    .append('\n')
                    .append("1. Поселение номер ")
                    .append(i)
                    .append(" ведёт свой реестр.\n");
        }
        Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(dir.resolve("corpus/c.rus.md"), act.toString());
        WebClient client = start();
        String first = search(client, "/search?q=%D1%80%D0%B5%D0%B5%D1%81%D1%82%D1%80&lang=rus&ui=en")
                .body();
        assertTrue(first.contains("page 1 of 2"), first);
        assertTrue(
                first.contains("href=\"/search?q=%D1%80%D0%B5%D0%B5%D1%81%D1%82%D1%80&amp;lang=rus&amp;page=2\""),
                first);
        String second = search(client, "/search?q=%D1%80%D0%B5%D0%B5%D1%81%D1%82%D1%80&lang=rus&page=2&ui=en")
                .body();
        assertEquals(2, second.split("class=\"hit\"").length - 1, "12 hits: 10 on the first page, 2 on the second");
    }

    @Test
    void showsSimilarNormsAndA404ForAnUnknownUnit() throws Exception {
        WebClient client = start();
        HttpResponse<String> similar = search(client, "/similar?id=" + RUS + "&eid=art_2__para_1");
        assertEquals(200, similar.statusCode());
        assertTrue(
                similar.body().contains("часть 1 статьи 1 Закона Кыргызской Республики «О пробных финансах»"),
                similar.body());
        HttpResponse<String> unknown = search(client, "/similar?id=" + RUS + "&eid=art_99&ui=ky");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Барак табылган жок"));
    }

    @Test
    void showsTheProgressOfTheIndexAndThenTheHits() throws Exception {
        workbench = fixture(dir);
        app = Javalin.create();
        app.before(new Guard(new Sessions(), false)::before);
        SearchRoutes.register(app, workbench, new Views(), java.time.Duration.ZERO);
        app.start("127.0.0.1", 0);
        WebClient client = new WebClient(app.port());
        HttpResponse<String> first = client.get("/search?q=%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82%D0%B0&ui=en");
        assertEquals(200, first.statusCode());
        assertTrue(first.body().contains("Preparing the search index"), first.body());
        assertTrue(first.body().contains("<progress"));
        assertEquals("1", first.headers().firstValue("Refresh").orElse(""), "the browser loads the page again");
        String done = search(client, "/search?q=%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82%D0%B0&ui=en")
                .body();
        assertTrue(done.contains("<mark>бюджета</mark>"), done);
        assertTrue(workbench.search().isCurrent());
    }

    @Test
    void theHomePageHasASearchBox() throws Exception {
        WebClient client = start();
        assertTrue(client.get("/").body().contains("action=\"/search\""));
    }
}
