package kg.kodeks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    @BeforeEach
    void copyFixture() throws Exception {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        for (String file : List.of("councils.rus.md", "councils.kir.md", "old-law.rus.md")) {
            try (InputStream in = getClass().getResourceAsStream("/search/corpus/" + file)) {
                Files.copy(in, corpus.resolve(file));
            }
        }
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = root.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    @Test
    void indexReportsWhatItDidAsJson() throws Exception {
        CliRun first = run("index", "--json");
        assertEquals(0, first.exitCode(), first.err());
        assertEquals("missing", JSON.readTree(first.out()).get("rebuilt").asText());
        CliRun second = run("index", "--json");
        assertEquals(0, JSON.readTree(second.out()).get("indexedFiles").size());
        assertTrue(Files.isDirectory(root.resolve(".kodeks/index")));
    }

    @Test
    void searchPrintsTheAgreedJsonShape() throws Exception {
        CliRun result = run("search", "не", "вправе", "--json");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = JSON.readTree(result.out());
        assertEquals(1, json.get("total").asInt());
        JsonNode hit = json.get("hits").get(0);
        assertEquals(
                List.of("eid", "act", "lang", "citation", "snippet", "score", "parallel"), iterable(hit.fieldNames()));
        assertEquals("chp_1__art_2__para_1", hit.get("eid").asText());
        assertEquals("/akn/kg/act/law/2015-03-10/7", hit.get("act").asText());
        assertEquals("rus", hit.get("lang").asText());
        assertEquals("kir", hit.get("parallel").get("lang").asText());
    }

    @Test
    void searchFiltersFromTheCommandLine() throws Exception {
        JsonNode repealed = JSON.readTree(
                run("search", "бюджет", "--status", "repealed", "--json").out());
        assertEquals(1, repealed.get("total").asInt());
        JsonNode byYear = JSON.readTree(
                run("search", "бюджет", "--year", "2010-2016", "--json").out());
        assertEquals(2, byYear.get("total").asInt());
        byYear.get("hits")
                .forEach(h -> assertEquals(
                        "/akn/kg/act/law/2015-03-10/7", h.get("act").asText()));
        JsonNode kyrgyz =
                JSON.readTree(run("search", "бюджет", "--lang", "kir", "--json").out());
        assertEquals("kir", kyrgyz.get("hits").get(0).get("lang").asText());
    }

    @Test
    void searchPrintsHitsGroupedByActWithCitations() {
        CliRun result = run("--ui", "en", "search", "айыл", "кеңеши");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Found: 3"), result.out());
        assertTrue(result.out().contains("■ Үлгүлүү жергиликтүү кеңештер жөнүндө"), result.out());
        assertTrue(result.out().contains("[кеңешинин]"), result.out());
    }

    @Test
    void malformedQueryExitsWithOneAndPointsAtTheProblem() {
        CliRun result = run("--ui", "en", "search", "вправе AND OR отчуждать");
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("position 12"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void badYearExitsWithOne() {
        CliRun result = run("--ui", "en", "search", "бюджет", "--year", "last");
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("last"), result.err());
    }

    @Test
    void similarFindsNormsAndRefusesUnknownUnits() throws Exception {
        CliRun result = run("similar", "/akn/kg/act/law/2015-03-10/7/rus#art_2__para_1", "--json");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(
                "chp_1__art_2__para_2",
                JSON.readTree(result.out()).get("hits").get(0).get("eid").asText());
        assertEquals(1, run("similar", "/akn/kg/act/law/2015-03-10/7/rus#art_9").exitCode());
    }

    @Test
    void indexPrintsItsSchemaForOpenSearch() throws Exception {
        JsonNode schema = JSON.readTree(run("index", "--schema").out());
        assertEquals(
                "kodeks_kir",
                schema.at("/mappings/properties/text_kir/analyzer").asText());
        assertTrue(schema.at("/settings/analysis/filter/kodeks_russian_stop/stopwords")
                        .size()
                > 50);
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
