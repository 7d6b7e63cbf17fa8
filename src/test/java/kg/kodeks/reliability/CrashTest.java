package kg.kodeks.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kg.kodeks.Workbench;
import kg.kodeks.drafts.DraftRepository;
import kg.kodeks.review.Comment;
import kg.kodeks.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child process with SIGKILL at random points while it indexes, commits drafts, writes
 * review comments or renders, then checks what a restart finds: the index passes Lucene's
 * CheckIndex or is rebuilt by the next update, {@code git fsck --full} is clean, every commit and
 * comment acknowledged before the kill is there, and no output file is half-written. Git lock
 * files left by the kill must not block the next write.
 *
 * <p>{@code -Dreliability.kills=N} sets the kills per operation (5 by default, for the build);
 * {@code -Dreliability.seed=S} replays a run.
 */
class CrashTest {
    private static final int KILLS = Integer.getInteger("reliability.kills", 5);
    private static final long SEED = Long.getLong("reliability.seed", System.nanoTime());
    private static final Map<String, Object> FIGURES = new LinkedHashMap<>();
    private static final Map<String, Map<String, Integer>> PER_OPERATION = new LinkedHashMap<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void announce() {
        FIGURES.put("seed", SEED);
        FIGURES.put("killsPerOperation", KILLS);
    }

    @AfterAll
    static void writeReport() {
        FIGURES.put("operations", PER_OPERATION);
        FIGURES.put(
                "kills",
                PER_OPERATION.values().stream().mapToInt(m -> m.get("kills")).sum());
        Report.write("crash", FIGURES);
    }

    /** Kills the worker at a random point after its first acknowledged write; returns its acknowledgements. */
    private List<String> killDuringWork(Workspace ws, String op, int round, Random random) throws Exception {
        Path out = dir.resolve(op + "-" + round + ".out");
        Path err = dir.resolve(op + "-" + round + ".err");
        Process p = ChildJvm.start(Worker.class, out, err, List.of(), ws.root().toString(), op, "100000", "k" + round);
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Files.readString(out).contains("ACK ") && p.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(p.isAlive(), "worker ended before it was killed:\n" + Files.readString(err));
        Thread.sleep(random.nextInt(400));
        p.destroyForcibly(); // SIGKILL on Linux and macOS
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        List<String> acks = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            if (line.startsWith("ACK ")) {
                acks.add(line.substring(4));
            }
        }
        // The last line may have been cut by the kill; only whole lines count.
        String all = Files.readString(out);
        if (!all.endsWith("\n") && !acks.isEmpty()) {
            acks.remove(acks.size() - 1);
        }
        assertFalse(Files.readString(err).contains("Exception"), Files.readString(err));
        return acks;
    }

    private void count(String op, String key, int n) {
        PER_OPERATION.computeIfAbsent(op, k -> new LinkedHashMap<>()).merge(key, n, Integer::sum);
    }

    /**
     * After a kill a Git lock file may remain; the next Kodeks write must find that the writer
     * holding the repository died, clear its lock files and succeed.
     */
    private void nextWriteRecovers(Workspace ws, String op, int round) throws Exception {
        List<Path> locks;
        try (DraftRepository repo = DraftRepository.open(ws.drafts())) {
            locks = repo.locks();
        }
        try (Workbench workbench = Workbench.open(ws)) {
            workbench
                    .review()
                    .add(TestWorkspace.ROUND, "ст. 12", "После сбоя", "Проверка после сбоя " + op + round, null);
        }
        try (DraftRepository repo = DraftRepository.open(ws.drafts())) {
            assertEquals(List.of(), repo.locks(), "lock files left after the next write");
        }
        count(op, "staleGitLocksRecovered", locks.size());
    }

    @Test
    void draftCommitsSurviveKills() throws Exception {
        Workspace ws = TestWorkspace.create(dir);
        Random random = new Random(SEED);
        for (int round = 0; round < KILLS; round++) {
            List<String> acks = killDuringWork(ws, "commit", round, random);
            nextWriteRecovers(ws, "draft commit", round);
            Git.assertHealthy(ws.drafts());
            Set<String> committed = Git.filesAtHead(ws.drafts());
            for (String ack : acks) {
                String file = ack.substring(ack.indexOf(' ') + 1);
                assertTrue(committed.contains(file), file + " was acknowledged but is not in HEAD");
            }
            count("draft commit", "kills", 1);
            count("draft commit", "acknowledgedChecked", acks.size());
        }
    }

    @Test
    void reviewCommentsSurviveKills() throws Exception {
        Workspace ws = TestWorkspace.create(dir);
        Random random = new Random(SEED + 1);
        for (int round = 0; round < KILLS; round++) {
            List<String> acks = killDuringWork(ws, "comment", round, random);
            nextWriteRecovers(ws, "review comment", round);
            Git.assertHealthy(ws.drafts());
            Set<String> committed = Git.filesAtHead(ws.drafts());
            try (Workbench workbench = Workbench.open(ws)) {
                for (String ack : acks) {
                    String id = ack.substring(0, ack.indexOf(' '));
                    Comment c = workbench.review().comment(id);
                    assertEquals(ack.substring(ack.indexOf(' ') + 1), c.text());
                    assertTrue(committed.stream().anyMatch(f -> f.endsWith("/" + id + ".yaml")), id + " not committed");
                }
            }
            count("review comment", "kills", 1);
            count("review comment", "acknowledgedChecked", acks.size());
        }
    }

    @Test
    void indexOpensOrIsRebuiltAfterKills() throws Exception {
        Workspace ws = TestWorkspace.create(dir);
        Random random = new Random(SEED + 2);
        Path index = ws.cache().resolve("index");
        for (int round = 0; round < KILLS; round++) {
            List<String> acks = killDuringWork(ws, "index", round, random);
            count("indexing", "acknowledgedChecked", acks.size());
            boolean clean = Indexes.clean(index);
            if (!clean) {
                count("indexing", "rebuiltAfterDamage", 1);
            }
            try (Workbench workbench = Workbench.open(ws)) {
                workbench.search().index();
                assertTrue(
                        workbench
                                        .search()
                                        .search(new kg.kodeks.search.SearchRequest(
                                                "органы", null, null, null, null, null, false, 10, 1))
                                        .total()
                                > 0,
                        "search works after the kill");
            }
            assertTrue(Indexes.clean(index), "CheckIndex after the update");
            count("indexing", "kills", 1);
        }
    }

    @Test
    void renderingLeavesNoHalfWrittenDocument() throws Exception {
        Workspace ws = TestWorkspace.create(dir);
        Random random = new Random(SEED + 3);
        for (int round = 0; round < KILLS; round++) {
            List<String> acks = killDuringWork(ws, "render", round, random);
            Path outDir = ws.root().resolve("out");
            for (String ack : acks) {
                assertTrue(Files.isRegularFile(ws.root().resolve(ack)), ack + " was acknowledged but is missing");
            }
            count("rendering", "acknowledgedChecked", acks.size());
            int hidden = 0;
            try (Stream<Path> files = Files.list(outDir)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if (name.startsWith(".") && name.endsWith(".tmp")) {
                        // A temporary file of the interrupted write: hidden, never taken for output.
                        hidden++;
                        continue;
                    }
                    assertFalse(name.endsWith(".tmp"), "visible temporary file " + name);
                    assertTrue(
                            HostileFiles.entries(Files.readAllBytes(f)).containsKey("word/document.xml"),
                            name + " is not a whole document");
                }
            }
            // The next write removes what killed processes left: at most the last kill's file remains.
            assertTrue(hidden <= 1, hidden + " temporary files of killed processes left in out/");
            if (round == KILLS - 1) {
                count("rendering", "hiddenTempFilesLeft", hidden);
            }
            count("rendering", "kills", 1);
        }
    }
}
