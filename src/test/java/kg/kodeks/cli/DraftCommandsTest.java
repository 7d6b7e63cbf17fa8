package kg.kodeks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import kg.kodeks.drafts.SampleHistory;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A workspace with a one-act corpus and the sample drafts repository. */
    private Path workspace() throws Exception {
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws.resolve("corpus"));
        try (var in = getClass().getResourceAsStream("/drafts/corpus/act.rus.md")) {
            Files.write(ws.resolve("corpus/act.rus.md"), in.readAllBytes());
        }
        SampleHistory.build(Path.of("drafts").toAbsolutePath(), ws.resolve("drafts"));
        return ws;
    }

    private static CliRun draft(Path ws, String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "--ui";
        all[1] = "en";
        all[2] = "--workspace";
        all[3] = ws.toString();
        all[4] = "draft";
        System.arraycopy(args, 0, all, 5, args.length);
        return CliRun.of(all);
    }

    private static void replace(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void logShowAndDiffTheSampleHistory() throws Exception {
        Path ws = workspace();
        CliRun log = draft(ws, "log");
        assertEquals(ExitCodes.OK, log.exitCode(), log.err());
        assertTrue(log.out().contains("(v2-iwg)") && log.out().contains("Бакыт Осмонов"), log.out());
        assertEquals(3, log.out().lines().count());

        CliRun diff = draft(ws, "--json", "diff", "v1-concept", "v3-after-meeting");
        assertEquals(ExitCodes.OK, diff.exitCode(), diff.err());
        JsonNode json = JSON.readTree(diff.out());
        assertEquals("v1-concept", json.get("from").asText());
        JsonNode renumbered = null;
        for (JsonNode change : json.get("changes")) {
            if ("renumbered".equals(change.get("kind").asText())
                    && "12".equals(change.path("oldNumber").asText())) {
                renumbered = change;
            }
        }
        assertTrue(renumbered != null, diff.out());
        assertEquals("chp_3__art_11", renumbered.get("eid").asText());
        assertEquals("11", renumbered.get("number").asText());

        CliRun words = draft(ws, "diff", "v2-iwg", "v3-after-meeting");
        assertTrue(words.out().contains("[-тридцати-] {+десяти+}"), words.out());

        CliRun show = draft(ws, "show", "v3-after-meeting");
        assertEquals(ExitCodes.OK, show.exitCode(), show.err());
        assertTrue(show.out().contains("added") && show.out().contains("Выражение недоверия"), show.out());
    }

    @Test
    void commitStatusTagBranchBlameAndArticleHistory() throws Exception {
        Path ws = workspace();
        replace(ws.resolve("drafts/code.rus.md"), "на пять лет", "на четыре года");
        CliRun status = draft(ws, "status");
        assertTrue(status.out().contains("modified: code.rus.md"), status.out());
        assertTrue(status.out().contains("Article 8. Местный кенеш"), status.out());

        CliRun commit = draft(ws, "commit", "-m", "Срок полномочий", "--author", "Алия Тестова <aliya@example.kg>");
        assertEquals(ExitCodes.OK, commit.exitCode(), commit.err());
        assertTrue(commit.out().startsWith("[main "), commit.out());
        assertTrue(draft(ws, "status").out().contains("No uncommitted changes."));

        CliRun badAuthor = draft(ws, "commit", "-m", "x", "--author", "nobody");
        assertEquals(ExitCodes.USER_ERROR, badAuthor.exitCode());
        assertTrue(badAuthor.err().contains("Name <mail@example.kg>"), badAuthor.err());

        assertEquals(
                ExitCodes.OK,
                draft(ws, "tag", "v4-test", "--author", "Алия Тестова <aliya@example.kg>")
                        .exitCode());
        assertTrue(draft(ws, "log", "-n", "1").out().contains("(v4-test)"));
        assertEquals(ExitCodes.OK, draft(ws, "branch", "review").exitCode());
        assertTrue(draft(ws, "branch").out().contains("* main"));
        assertTrue(draft(ws, "branch").out().contains("  review"));

        CliRun blame = draft(ws, "blame", "8");
        assertTrue(
                blame.out().lines().anyMatch(l -> l.contains("Алия Тестова") && l.contains("четыре года")),
                blame.out());

        CliRun history = draft(ws, "--json", "log", "--article", "art_8");
        JsonNode entries = JSON.readTree(history.out());
        assertEquals("modified", entries.get(0).get("kind").asText());
        assertEquals("renumbered", entries.get(1).get("kind").asText());
        assertEquals("9", entries.get(1).get("oldNumber").asText());
        assertEquals("modified", entries.get(2).get("kind").asText(), "the term was changed before the IWG");
        assertEquals("added", entries.get(3).get("kind").asText());
    }

    @Test
    void mergeConflictIsListedPerArticleWithExitCodeOne() throws Exception {
        Path ws = workspace();
        Path rus = ws.resolve("drafts/code.rus.md");
        String author = "Алия Тестова <aliya@example.kg>";
        assertEquals(ExitCodes.OK, draft(ws, "branch", "other", "--switch").exitCode());
        replace(rus, "на пять лет", "на шесть лет");
        draft(ws, "commit", "-m", "шесть", "--author", author);
        draft(ws, "branch", "main", "--switch");
        replace(rus, "на пять лет", "на три года");
        draft(ws, "commit", "-m", "три", "--author", author);
        CliRun merge = draft(ws, "merge", "other", "--author", author);
        assertEquals(ExitCodes.USER_ERROR, merge.exitCode(), merge.out() + merge.err());
        assertTrue(merge.out().contains("[rus] article 8. Местный кенеш: here modified, there modified"), merge.out());
        assertFalse(Files.readString(rus).contains("<<<<<<<"));
    }

    @Test
    void pushAndPullThroughABareRepository() throws Exception {
        Path ws = workspace();
        Path shared = dir.resolve("shared.git");
        Git.init()
                .setBare(true)
                .setInitialBranch("main")
                .setDirectory(shared.toFile())
                .call()
                .close();
        CliRun push = draft(ws, "push", shared.toUri().toString());
        assertEquals(ExitCodes.OK, push.exitCode(), push.err());
        assertTrue(push.out().contains("refs/heads/main OK"), push.out());
        CliRun pull = draft(ws, "pull", shared.toUri().toString());
        assertEquals(ExitCodes.OK, pull.exitCode(), pull.err());
        assertTrue(pull.out().contains("Already up to date"), pull.out());
        CliRun unknown = draft(ws, "push");
        assertEquals(ExitCodes.USER_ERROR, unknown.exitCode());
        assertTrue(unknown.err().contains("remote add origin"), unknown.err());
    }

    @Test
    void lintAndCoverageOfTheWorkingDraft() throws Exception {
        Path ws = workspace();
        CliRun lint = draft(ws, "--json", "lint");
        JsonNode problems = JSON.readTree(lint.out());
        // The sample draft cites acts this one-act corpus lacks: each is reported with file and line.
        assertEquals(ExitCodes.USER_ERROR, lint.exitCode());
        JsonNode first = problems.get(0);
        assertTrue(first.get("file").asText().startsWith("code."), first.toString());
        assertTrue(first.get("line").asInt() > 0);
        assertTrue(first.get("message").asText().contains("the corpus has no act"), first.toString());

        CliRun coverage = draft(ws, "--json", "coverage");
        assertEquals(ExitCodes.OK, coverage.exitCode(), coverage.err());
        JsonNode report = JSON.readTree(coverage.out());
        assertEquals(1, report.get("acts").size());
        assertEquals(0, report.get("covered").asInt(), "the sample draft cites no unit of the test act");
    }

    @Test
    void refusesTheRepositoryOfTheBundledSampleAndPointsToInit() throws Exception {
        Path ws = workspace();
        CliRun run = CliRun.of("--ui", "en", "--workspace", ws.toString(), "draft", "init");
        assertEquals(ExitCodes.USER_ERROR, run.exitCode(), run.out());
        assertTrue(run.err().contains("already a Git repository"), run.err());
        org.junit.jupiter.api.Assumptions.assumeTrue(Main.bundledSample() != null, "tests run outside the checkout");
        CliRun sample =
                CliRun.of("--ui", "en", "--workspace", Main.bundledSample().toString(), "draft", "status");
        assertEquals(ExitCodes.USER_ERROR, sample.exitCode());
        assertTrue(sample.err().contains("kodeks init"), sample.err());
    }

    @Test
    void initMakesTheDraftsFolderARepositoryWithTheSampleHistory() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Main.bundledSample() != null, "tests run outside the checkout");
        Path target = dir.resolve("new");
        CliRun init = CliRun.of("--ui", "en", "init", target.toString());
        assertEquals(ExitCodes.OK, init.exitCode(), init.err());
        assertTrue(Files.isDirectory(target.resolve("drafts/.git")));
        assertFalse(Files.exists(target.resolve("drafts/history")));
        CliRun log = CliRun.of("--ui", "en", "--workspace", target.toString(), "draft", "log");
        assertTrue(log.out().contains("v1-concept") && log.out().contains("v3-after-meeting"), log.out());
    }
}
