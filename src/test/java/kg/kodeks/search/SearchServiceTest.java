package kg.kodeks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kg.kodeks.Workbench;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {
    @TempDir
    Path root;

    Workbench workbench;

    @BeforeEach
    void open() throws Exception {
        workbench = SearchFixture.open(root);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private SearchResult search(String query) throws KodeksException {
        return workbench.search().search(SearchRequest.of(query));
    }

    private static Set<String> eids(SearchResult result) {
        return result.hits().stream().map(SearchHit::eid).collect(Collectors.toSet());
    }

    @Test
    void findsEveryFormOfLocalCouncilInKyrgyz() throws Exception {
        SearchResult result = search("айыл кеңеши");
        assertEquals("kir", result.language());
        assertEquals(Set.of("chp_1__art_1__para_1", "chp_1__art_1__para_2", "chp_1__art_1__para_3"), eids(result));
    }

    @Test
    void kyrgyzQueryWithoutKyrgyzOnlyLettersStillFindsKyrgyzNorms() throws Exception {
        SearchResult result = search("депутаттары шайлоочулар");
        assertEquals("kir", result.language(), "nothing in Russian, so the Kyrgyz field answers");
        assertEquals(Set.of("chp_1__art_1__para_3"), eids(result));
    }

    @Test
    void findsCaseFormsOfRussianBodyOfSelfGovernment() throws Exception {
        Set<String> found = eids(search("орган местного самоуправления"));
        assertTrue(found.contains("chp_1__art_1__para_1"), "органами: " + found);
        assertTrue(found.contains("chp_1__art_1__para_2"), "органов: " + found);
        assertTrue(found.contains("chp_1__art_1__para_3"), "орган: " + found);
    }

    @Test
    void negatedQueryLeavesOutNormsThatOnlyPermit() throws Exception {
        SearchResult result = search("не вправе");
        assertEquals(Set.of("chp_1__art_2__para_1"), eids(result));
        assertEquals(2, search("вправе").total());
    }

    @Test
    void highlightsMatchesInSnippet() throws Exception {
        SearchHit hit = search("отчуждать").hits().get(0);
        assertTrue(hit.snippet().contains("<b>отчуждать</b>"), hit.snippet());
        assertTrue(hit.citation().contains("статьи 2"), hit.citation());
    }

    @Test
    void highlightsStemmedWordFormsInBothLanguages() throws Exception {
        SearchHit russian = search("бюджет утверждается").hits().stream()
                .filter(h -> h.act().equals(SearchFixture.COUNCILS))
                .findFirst()
                .orElseThrow();
        assertTrue(russian.snippet().contains("<b>Бюджет</b> <b>утверждается</b>"), russian.snippet());
        SearchHit kyrgyz = search("айыл кеңеши").hits().stream()
                .filter(h -> h.eid().equals("chp_1__art_1__para_3"))
                .findFirst()
                .orElseThrow();
        assertTrue(kyrgyz.snippet().contains("<b>Айыл</b> <b>кеңештеринин</b>"), kyrgyz.snippet());
    }

    @Test
    void highlightsANegatedPhraseAsOne() throws Exception {
        SearchHit russian = search("не вправе").hits().get(0);
        assertTrue(russian.snippet().contains("окмоту <b>не вправе</b> отчуждать"), russian.snippet());
        SearchResult kyrgyz =
                workbench.search().search(SearchRequest.of("\"укуктуу эмес\"").withLanguage(Language.KIR));
        assertEquals(Set.of("chp_1__art_2__para_1"), eids(kyrgyz));
        assertTrue(
                kyrgyz.hits().get(0).snippet().contains("<b>укуктуу эмес</b>."),
                kyrgyz.hits().get(0).snippet());
    }

    @Test
    void negationInsideALongerPhraseStillBinds() throws Exception {
        assertEquals(Set.of("chp_1__art_2__para_1"), eids(search("\"окмоту не вправе отчуждать\"")));
        assertEquals(0, search("\"окмоту не вправе заключать\"").total());
        assertEquals(Set.of("chp_1__art_2__para_1"), eids(search("\"не вправе\"~1")));
    }

    @Test
    void filtersByExpressionOfAnAct() throws Exception {
        SearchRequest budget = SearchRequest.of("бюджет");
        long inWork = workbench
                .search()
                .search(budget.withAct(SearchFixture.COUNCILS))
                .total();
        assertTrue(inWork > 0);
        assertEquals(
                inWork,
                workbench
                        .search()
                        .search(budget.withAct(SearchFixture.COUNCILS + "/rus"))
                        .total());
        assertEquals(
                0,
                workbench
                        .search()
                        .search(budget.withAct(SearchFixture.COUNCILS + "/kir").withLanguage(Language.RUS))
                        .total());
    }

    @Test
    void givesParallelUnitInOtherLanguage() throws Exception {
        SearchHit hit = search("отчуждать").hits().get(0);
        assertEquals(new SearchHit.Parallel("chp_1__art_2__para_1", "kir"), hit.parallel());
    }

    @Test
    void givesNoParallelWhenOtherLanguageLacksTheUnit() throws Exception {
        SearchHit hit = workbench
                .search()
                .search(SearchRequest.of("30 дней").withAct(SearchFixture.COUNCILS))
                .hits()
                .get(0);
        assertEquals("chp_1__art_2__para_3", hit.eid());
        assertNull(hit.parallel());
    }

    @Test
    void filtersByActStatusAndYear() throws Exception {
        SearchRequest budget = SearchRequest.of("бюджет утверждается");
        assertEquals(2, workbench.search().search(budget).total());
        assertEquals(
                SearchFixture.OLD_LAW,
                workbench
                        .search()
                        .search(budget.withAct(SearchFixture.OLD_LAW))
                        .hits()
                        .get(0)
                        .act());
        assertEquals(
                1,
                workbench.search().search(budget.withAct(SearchFixture.OLD_LAW)).total());
        assertEquals(1, workbench.search().search(budget.withStatus("repealed")).total());
        assertEquals(
                "repealed",
                workbench
                        .search()
                        .search(budget.withStatus("repealed"))
                        .hits()
                        .get(0)
                        .status());
        assertEquals(
                "in-force",
                workbench
                        .search()
                        .search(budget.withStatus("in-force"))
                        .hits()
                        .get(0)
                        .status());
        assertEquals(1, workbench.search().search(budget.withYears(2010, 2020)).total());
        assertEquals(0, workbench.search().search(budget.withYears(2020, null)).total());
    }

    @Test
    void filtersByLanguage() throws Exception {
        SearchResult result =
                workbench.search().search(SearchRequest.of("бюджет").withLanguage(Language.KIR));
        assertEquals("kir", result.language());
        assertTrue(result.hits().stream().allMatch(h -> h.lang().equals("kir")));
        assertEquals(2, result.total());
    }

    @Test
    void pagesThroughHits() throws Exception {
        SearchRequest request = SearchRequest.of("местного").withPage(2, 1);
        SearchResult first = workbench.search().search(request);
        SearchResult second = workbench.search().search(request.withPage(2, 2));
        assertEquals(4, first.total());
        assertEquals(2, first.hits().size());
        assertEquals(2, second.hits().size());
        assertTrue(first.hits().stream()
                .noneMatch(h -> second.hits().stream().anyMatch(s -> s.address().equals(h.address()))));
        assertEquals(0, workbench.search().search(request.withPage(2, 3)).hits().size());
    }

    @Test
    void groupsHitsByAct() throws Exception {
        SearchResult result = search("местного самоуправления");
        assertEquals(
                List.of(SearchFixture.COUNCILS + "/rus", SearchFixture.OLD_LAW + "/rus"),
                List.copyOf(result.byAct().keySet()));
    }

    @Test
    void understandsLuceneSyntax() throws Exception {
        assertEquals(1, search("\"не вправе\"").total());
        assertEquals(2, search("отчуждать OR заключать").total());
        assertEquals(1, search("вправе NOT отчуждать").total());
        assertTrue(search("самоуправ*").total() >= 4);
        assertEquals(1, search("отчуждат~1").total());
    }

    @Test
    void searchesWholeArticles() throws Exception {
        SearchResult result =
                workbench.search().search(SearchRequest.of("отчуждать").withArticles(true));
        assertEquals(
                List.of("chp_1__art_2"),
                result.hits().stream().map(SearchHit::eid).toList());
        assertTrue(
                result.hits().get(0).snippet().contains("<b>отчуждать</b>"),
                result.hits().get(0).snippet());
        SearchHit negated = workbench
                .search()
                .search(SearchRequest.of("не вправе").withArticles(true))
                .hits()
                .get(0);
        assertTrue(negated.snippet().contains("<b>не вправе</b>"), negated.snippet());
    }

    @Test
    void findsSimilarNorms() throws Exception {
        SearchResult result = workbench.search().similar(SearchFixture.COUNCILS + "/rus#art_2__para_1", 5);
        assertFalse(result.hits().isEmpty());
        assertEquals("chp_1__art_2__para_2", result.hits().get(0).eid());
        assertTrue(result.hits().stream().noneMatch(h -> h.eid().equals("chp_1__art_2__para_1")));
    }

    @Test
    void findsNormsSimilarToAWholeArticle() throws Exception {
        SearchResult result = workbench.search().similar(SearchFixture.COUNCILS + "/rus#art_2", 5);
        assertFalse(result.hits().isEmpty());
        assertTrue(result.hits().stream().anyMatch(h -> h.eid().startsWith("chp_1__art_2__")));
    }

    @Test
    void refusesUnknownUnitForSimilar() {
        KodeksException e = assertThrows(
                KodeksException.class, () -> workbench.search().similar(SearchFixture.COUNCILS + "/rus#art_99", 5));
        assertEquals("similar.notFound", e.key());
        assertEquals(
                "similar.badAddress",
                assertThrows(KodeksException.class, () -> workbench.search().similar("art_1", 5))
                        .key());
    }

    @Test
    void pointsAtTheProblemInMalformedQuery() {
        KodeksException quote = assertThrows(KodeksException.class, () -> search("\"не вправе"));
        assertEquals("search.malformedEnd", quote.key());
        KodeksException paren = assertThrows(KodeksException.class, () -> search("(вправе AND"));
        assertEquals("search.malformedEnd", paren.key());
        KodeksException operator = assertThrows(KodeksException.class, () -> search("вправе AND OR отчуждать"));
        assertEquals("search.malformed", operator.key());
        assertEquals("OR отчуждать", operator.args()[2]);
    }

    @Test
    void refusesLeadingWildcard() {
        assertEquals(
                "search.leadingWildcard",
                assertThrows(KodeksException.class, () -> search("*право")).key());
    }

    @Test
    void boundsGiantQueries() {
        String longQuery = "вправе ".repeat(200);
        assertEquals(
                "search.tooLong",
                assertThrows(KodeksException.class, () -> search(longQuery)).key());
        String manyTerms = String.join(" OR ", java.util.Collections.nCopies(140, "вв"));
        assertEquals(
                "search.tooManyClauses",
                assertThrows(KodeksException.class, () -> search(manyTerms)).key());
    }

    @Test
    void refusesEmptyQuery() {
        assertEquals(
                "search.empty",
                assertThrows(KodeksException.class, () -> search("  ")).key());
    }

    @Test
    void emptyCorpusGivesEmptyResult() throws Exception {
        for (String file : SearchFixture.FILES) {
            Files.delete(root.resolve("corpus").resolve(file));
        }
        SearchResult result = search("вправе");
        assertEquals(0, result.total());
        assertTrue(result.hits().isEmpty());
    }

    @Test
    void aCorpusFileEditedWhileTheWorkbenchIsOpenIsSearchedAsItIsNow() throws Exception {
        assertEquals(0, search("ежеквартально").total());
        Path file = root.resolve("corpus").resolve("councils.rus.md");
        Files.writeString(
                file, Files.readString(file).replace("перед жителями ежегодно", "перед жителями ежеквартально"));
        assertEquals(1, search("ежеквартально").total(), "the edit is found without reopening");
        assertEquals(0, search("ежегодно").total(), "the old wording is gone");
    }

    @Test
    void anIndexAnotherWorkbenchBroughtUpToDateIsReadAsItIsNow() throws Exception {
        assertEquals(0, search("ежеквартально").total());
        try (Workbench other = Workbench.open(workbench.workspace())) {
            Path file = root.resolve("corpus").resolve("councils.rus.md");
            Files.writeString(
                    file, Files.readString(file).replace("перед жителями ежегодно", "перед жителями ежеквартально"));
            assertFalse(other.search().index().upToDate(), "the other one re-indexed the file");
        }
        assertEquals(1, search("ежеквартально").total(), "this one reads the other's commit");
    }
}
