package kg.kodeks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import kg.kodeks.review.DraftsFixture;
import kg.kodeks.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {
    @TempDir
    Path dir;

    private String workspace;

    @BeforeEach
    void createWorkspace() throws Exception {
        Workspace ws = DraftsFixture.create(dir);
        workspace = ws.root().toString();
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--workspace";
        all[1] = workspace;
        all[2] = "--ui";
        all[3] = "en";
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.of(all);
    }

    @Test
    void opensARoundAddsAndDecidesAndListsWhereEachUnitStandsNow() throws Exception {
        String due = LocalDate.now().plusDays(7).toString();
        CliRun open = run("review", "open", "--version", "v2", "--due", due);
        assertEquals(0, open.exitCode(), open.err());
        assertTrue(open.out().contains("r1"), open.out());
        assertEquals(
                0,
                run(
                                "review",
                                "add",
                                "--round",
                                "r1",
                                "--unit",
                                "ст. 14 ч. 2",
                                "--author",
                                "Асанова А., СМС",
                                "--text",
                                "Уточнить",
                                "--proposal",
                                "Новая редакция")
                        .exitCode());
        assertEquals(
                0,
                run("review", "add", "--round", "r1", "--unit", "15-берене", "--author", "Бекова Н.", "--text", "Заём")
                        .exitCode());
        CliRun decide =
                run("review", "decide", "r1-001", "--status", "partly", "--reason", "Частично", "--by", "Секретариат");
        assertEquals(0, decide.exitCode(), decide.err());

        CliRun list = run("review", "list", "--json");
        assertEquals(0, list.exitCode(), list.err());
        JsonNode comments = new ObjectMapper().readTree(list.out()).get("comments");
        assertEquals(2, comments.size());
        JsonNode first = comments.get(0);
        assertEquals("r1-001", first.get("id").asText());
        assertEquals("r1", first.get("round").asText());
        assertEquals("Асанова А., СМС", first.get("author").asText());
        assertEquals("chp_2__art_14__para_2", first.get("unit").asText());
        assertEquals("chp_2__art_15__para_2", first.get("currentUnit").asText());
        assertEquals("Новая редакция", first.get("proposal").asText());
        assertEquals("partly", first.get("status").asText());
        assertEquals("Частично", first.get("reason").asText());
        assertTrue(comments.get(1).get("currentUnit").isNull(), "a removed unit has no current unit");

        CliRun text = run("review", "list", "--article", "15");
        assertTrue(text.out().contains("r1-001") && !text.out().contains("r1-002"), text.out());
        assertTrue(run("review", "list").out().contains("unit removed"));

        CliRun summary = run("review", "summary", "--round", "r1", "--json");
        JsonNode s = new ObjectMapper().readTree(summary.out());
        assertEquals(2, s.get("total").asInt());
        assertEquals(1, s.get("byStatus").get("partly").asInt());
        assertEquals(1, s.get("byStatus").get("open").asInt());
    }

    @Test
    void writesTheFormAndImportsItBack() throws Exception {
        run("review", "open", "--version", "v2", "--due", LocalDate.now().toString(), "--id", "iwg");
        Path form = dir.resolve("form.docx");
        CliRun written = run("review", "form", "--round", "iwg", "--out", form.toString());
        assertEquals(0, written.exitCode(), written.err());
        assertTrue(Files.size(form) > 0);
        CliRun empty = run("review", "import", form.toString(), "--round", "iwg", "--author", "А");
        assertEquals(1, empty.exitCode());
        assertTrue(empty.err().contains("no filled-in rows"), empty.err());
    }

    @Test
    void badInputExitsWithOneAndNamesTheArgument() throws Exception {
        run("review", "open", "--version", "v2", "--due", LocalDate.now().toString());
        CliRun unknownComment = run("review", "decide", "r1-404", "--status", "accepted", "--reason", "x");
        assertEquals(1, unknownComment.exitCode());
        assertTrue(unknownComment.err().contains("r1-404"), unknownComment.err());
        assertFalse(unknownComment.err().contains("Exception"), unknownComment.err());
        CliRun badStatus = run("review", "decide", "r1-001", "--status", "maybe", "--reason", "x");
        assertEquals(1, badStatus.exitCode());
        assertTrue(badStatus.err().contains("maybe"), badStatus.err());
        CliRun unknownUnit = run("review", "add", "--round", "r1", "--unit", "art_77", "--author", "А", "--text", "x");
        assertEquals(1, unknownUnit.exitCode());
        assertTrue(unknownUnit.err().contains("art_77"), unknownUnit.err());
        CliRun unknownRound = run("review", "summary", "--round", "r9");
        assertEquals(1, unknownRound.exitCode());
        assertTrue(unknownRound.err().contains("r9"), unknownRound.err());
        CliRun badDate = run("review", "open", "--version", "v2", "--due", "tomorrow");
        assertEquals(1, badDate.exitCode());
    }
}
