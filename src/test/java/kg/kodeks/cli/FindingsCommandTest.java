package kg.kodeks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsCommandTest {
    private static final Path FIXTURE = Path.of("src/test/resources/findings/corpus");

    @TempDir
    Path dir;

    private Path workspace() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("ws/corpus"));
        Files.createDirectories(dir.resolve("ws/drafts"));
        try (Stream<Path> files = Files.list(FIXTURE)) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        return dir.resolve("ws");
    }

    @Test
    void listsFindingsOfOneTypeAsJson() throws Exception {
        Path ws = workspace();
        CliRun run = CliRun.of("--workspace", ws.toString(), "findings", "--type", "reference", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode findings = new ObjectMapper().readTree(run.out()).get("findings");
        assertEquals(6, findings.size(), run.out());
        findings.forEach(f -> assertEquals("reference", f.get("type").asText()));
    }

    @Test
    void decidesAndShowsTheDecision() throws Exception {
        Path ws = workspace();
        CliRun list = CliRun.of("--workspace", ws.toString(), "findings", "--type", "parity", "--json");
        String id = new ObjectMapper()
                .readTree(list.out())
                .get("findings")
                .get(0)
                .get("id")
                .asText();
        CliRun decide = CliRun.of(
                "--workspace",
                ws.toString(),
                "--ui",
                "en",
                "findings",
                "decide",
                id,
                "--status",
                "confirmed",
                "--reason",
                "translation error",
                "--by",
                "expert");
        assertEquals(0, decide.exitCode(), decide.err());
        assertTrue(Files.isRegularFile(ws.resolve("drafts/findings/decisions.yaml")));
        CliRun after = CliRun.of("--workspace", ws.toString(), "findings", "--type", "parity", "--json");
        JsonNode decision =
                new ObjectMapper().readTree(after.out()).get("findings").get(0).get("decision");
        assertEquals("confirmed", decision.get("status").asText());
        assertEquals("translation error", decision.get("reason").asText());
    }

    @Test
    void writesHtmlAndCsvReports() throws Exception {
        Path ws = workspace();
        Path html = dir.resolve("report.html");
        CliRun run = CliRun.of("--workspace", ws.toString(), "findings", "--format", "html", "--out", html.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(html).contains("<mark"));
        CliRun csv = CliRun.of("--workspace", ws.toString(), "findings", "--format", "csv", "--type", "conflict");
        assertTrue(csv.out().startsWith("id,type,subtype"), csv.out());
    }

    @Test
    void badTypeOrStatusIsAUserError() throws Exception {
        Path ws = workspace();
        CliRun type = CliRun.of("--workspace", ws.toString(), "--ui", "en", "findings", "--type", "typo");
        assertEquals(1, type.exitCode());
        assertTrue(type.err().contains("typo"), type.err());
        assertFalse(type.err().contains("Exception"), type.err());
        CliRun status = CliRun.of(
                "--workspace",
                ws.toString(),
                "--ui",
                "en",
                "findings",
                "decide",
                "abc",
                "--status",
                "maybe",
                "--reason",
                "x");
        assertEquals(1, status.exitCode());
        assertTrue(status.err().contains("maybe"), status.err());
    }
}
