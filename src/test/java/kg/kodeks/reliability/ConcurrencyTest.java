package kg.kodeks.reliability;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import kg.kodeks.Workbench;
import kg.kodeks.review.Comment;
import kg.kodeks.web.WebClient;
import kg.kodeks.web.WebServer;
import kg.kodeks.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes writing to one workspace at once: comments, decisions and draft commits. Every
 * write a process acknowledged must be there afterwards, the repository must pass
 * {@code git fsck --full}, and a process that loses a race gets a message, not a crash. Also two
 * real {@code kodeks} command lines at once, and a loser that will not wait.
 */
class ConcurrencyTest {
    private static final int WRITES = 6;
    private static final Map<String, Object> FIGURES = new LinkedHashMap<>();
    private static final List<Map<String, Object>> RUNS = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterAll
    static void writeReport() {
        FIGURES.put("runs", RUNS);
        FIGURES.put("concurrentRuns", RUNS.size());
        FIGURES.put(
                "acknowledgedWrites",
                RUNS.stream().mapToInt(r -> (Integer) r.get("acknowledged")).sum());
        FIGURES.put(
                "refusedWithMessage",
                RUNS.stream().mapToInt(r -> (Integer) r.get("refused")).sum());
        Report.write("concurrency", FIGURES);
    }

    /** What the two workers printed. */
    private record Outcome(List<String> acks, List<String> refused) {}

    private Outcome race(Workspace ws, String op, List<String> jvmOptions, List<List<String>> extraArgs)
            throws Exception {
        List<Process> processes = new ArrayList<>();
        List<Path> outs = new ArrayList<>();
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-Dworker.startAt=" + (System.currentTimeMillis() + 3000));
        for (int w = 0; w < 2; w++) {
            Path out = dir.resolve(op + "-" + w + ".out");
            Path err = dir.resolve(op + "-" + w + ".err");
            List<String> args = new ArrayList<>(List.of(ws.root().toString(), op, String.valueOf(WRITES), "w" + w));
            args.addAll(extraArgs.get(w));
            processes.add(ChildJvm.start(Worker.class, out, err, options, args.toArray(String[]::new)));
            outs.add(out);
        }
        List<String> acks = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            Process p = processes.get(w);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "worker did not finish");
            String err = Files.readString(dir.resolve(op + "-" + w + ".err"));
            assertEquals(0, p.exitValue(), "worker " + w + " failed:\n" + err);
            for (String line : Files.readAllLines(outs.get(w))) {
                if (line.startsWith("ACK ")) {
                    acks.add(line.substring(4));
                } else if (line.startsWith("REFUSED ")) {
                    refused.add(line.substring(8));
                    assertFalse(line.contains("\tat ") || line.contains("Exception"), line);
                }
            }
        }
        String label = Map.of(
                                "comment",
                                "review comments",
                                "decide",
                                "review decisions",
                                "finding",
                                "findings decisions",
                                "commit",
                                "draft commits",
                                "index",
                                "re-indexing after a corpus edit")
                        .getOrDefault(op, op)
                + (jvmOptions.isEmpty() ? "" : " (will not wait)");
        RUNS.add(Map.of(
                "operation",
                label,
                "processes",
                2,
                "acknowledged",
                acks.size(),
                "refused",
                refused.size(),
                "refusedMessages",
                refused.stream().distinct().limit(3).toList()));
        return new Outcome(acks, refused);
    }

    @Test
    void twoProcessesAddingCommentsLoseNone() throws Exception {
        Workspace ws = TestWorkspace.create(dir);
        Outcome outcome = race(ws, "comment", List.of(), List.of(List.of(), List.of()));
        assertEquals(2 * WRITES, outcome.acks().size(), "both wait their turn: " + outcome.refused());
        Map<String, String> stored = new HashMap<>();
        try (Workbench workbench = Workbench.open(ws)) {
            for (Comment c : workbench.review().comments(TestWorkspace.ROUND)) {
                stored.put(c.id(), c.text());
            }
        }
        Set<String> ids = new TreeSet<>();
        for (String ack : outcome.acks()) {
            String id = ack.substring(0, ack.indexOf(' '));
            assertTrue(ids.add(id), "two comments got the id " + id);
            assertEquals(ack.substring(ack.indexOf(' ') + 1), stored.get(id), "comment " + id + " lost or overwritten");
        }
        Git.assertHealthy(ws.drafts());
    }

    @Test
    void twoProcessesDecidingLoseNoDecision() throws Exception {
        Workspace ws = TestWorkspace.create(dir);
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        try (Workbench workbench = Workbench.open(ws)) {
            for (int i = 0; i < 2 * WRITES; i++) {
                String id = workbench
                        .review()
                        .add(TestWorkspace.ROUND, "ст. 12", "Образцова А.", "Образец " + i, null)
                        .id();
                (i % 2 == 0 ? first : second).add(id);
            }
        }
        Outcome outcome = race(ws, "decide", List.of(), List.of(first, second));
        assertEquals(2 * WRITES, outcome.acks().size(), "both wait their turn: " + outcome.refused());
        try (Workbench workbench = Workbench.open(ws)) {
            for (String ack : outcome.acks()) {
                String id = ack.substring(0, ack.indexOf(' '));
                assertEquals(
                        ack.substring(ack.indexOf(' ') + 1),
                        workbench.review().comment(id).reason(),
                        "decision on " + id + " lost");
            }
        }
        Git.assertHealthy(ws.drafts());
    }

    @Test
    void twoProcessesCommittingDraftsLoseNoCommit() throws Exception {
        Workspace ws = TestWorkspace.create(dir);
        Outcome outcome = race(ws, "commit", List.of(), List.of(List.of(), List.of()));
        Set<String> committed = Git.filesAtHead(ws.drafts());
        for (String ack : outcome.acks()) {
            String file = ack.substring(ack.indexOf(' ') + 1);
            assertTrue(committed.contains(file), file + " acknowledged but not committed");
        }
        // A commit may take the other's new note along (one working tree); the other is then told
        // there is nothing to commit. Every note ends up committed either way.
        for (String refused : outcome.refused()) {
            assertTrue(
                    refused.toLowerCase().contains("nothing")
                            || refused.contains("busy")
                            || refused.contains("another"),
                    refused);
        }
        for (int w = 0; w < 2; w++) {
            for (int i = 0; i < WRITES; i++) {
                assertTrue(
                        committed.contains("notes/w" + w + "-" + i + ".txt"),
                        "note w" + w + "-" + i + " not committed");
            }
        }
        Git.assertHealthy(ws.drafts());
    }

    @Test
    void twoProcessesDecidingFindingsLoseNoDecision() throws Exception {
        Workspace ws = TestWorkspace.create(dir);
        TestWorkspace.copyFolder(TestWorkspace.resource("/findings/corpus"), ws.corpus());
        List<String> ids;
        try (Workbench workbench = Workbench.open(ws)) {
            ids = workbench.findings().list(Set.of()).stream()
                    .map(kg.kodeks.findings.Finding::id)
                    .limit(2)
                    .toList();
        }
        assertEquals(2, ids.size(), "the sample corpus has findings");
        Outcome outcome = race(ws, "finding", List.of(), List.of(List.of(ids.get(0)), List.of(ids.get(1))));
        assertEquals(2 * WRITES, outcome.acks().size(), "both wait their turn: " + outcome.refused());
        Map<String, String> last = new HashMap<>();
        for (String ack : outcome.acks()) {
            last.put(ack.substring(0, ack.indexOf(' ')), ack.substring(ack.indexOf(' ') + 1));
        }
        try (Workbench workbench = Workbench.open(ws)) {
            Map<String, String> stored = new HashMap<>();
            workbench.findings().store().read().forEach(e -> stored.put(e.id(), e.reason()));
            for (String id : ids) {
                assertEquals(last.get(id), stored.get(id), "the last decision on " + id + " was lost");
            }
        }
    }

    @Test
    void aWriterThatWillNotWaitIsToldWhoHoldsTheRepository() throws Exception {
        Workspace ws = TestWorkspace.create(dir);
        Outcome outcome = race(ws, "comment", List.of("-Dkodeks.writeLockWaitMillis=0"), List.of(List.of(), List.of()));
        for (String refused : outcome.refused()) {
            assertTrue(refused.contains("another Kodeks process is writing to " + ws.drafts()), refused);
        }
        Map<String, String> stored = new HashMap<>();
        try (Workbench workbench = Workbench.open(ws)) {
            for (Comment c : workbench.review().comments(TestWorkspace.ROUND)) {
                stored.put(c.id(), c.text());
            }
        }
        assertEquals(
                outcome.acks().size() + 1, stored.size(), "every acknowledged comment and no other, plus the first");
        Git.assertHealthy(ws.drafts());
    }

    @Test
    void twoKodeksCommandLinesAddingCommentsAtOnce() throws Exception {
        Workspace ws = TestWorkspace.create(dir);
        List<Process> processes = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            processes.add(ChildJvm.start(
                    kg.kodeks.cli.Main.class,
                    dir.resolve("cli-" + w + ".out"),
                    dir.resolve("cli-" + w + ".err"),
                    List.of(),
                    "--workspace",
                    ws.root().toString(),
                    "--ui",
                    "en",
                    "review",
                    "add",
                    "--round",
                    TestWorkspace.ROUND,
                    "--unit",
                    "ст. 12",
                    "--author",
                    "Cli " + w,
                    "--text",
                    "cli comment " + w));
        }
        for (int w = 0; w < 2; w++) {
            assertTrue(processes.get(w).waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, processes.get(w).exitValue(), Files.readString(dir.resolve("cli-" + w + ".err")));
        }
        Set<String> texts = new TreeSet<>();
        try (Workbench workbench = Workbench.open(ws)) {
            workbench.review().comments(TestWorkspace.ROUND).forEach(c -> texts.add(c.text()));
        }
        assertTrue(texts.containsAll(List.of("cli comment 0", "cli comment 1")), texts.toString());
        RUNS.add(Map.of(
                "operation",
                "kodeks review add (two command lines)",
                "processes",
                2,
                "acknowledged",
                2,
                "refused",
                0,
                "refusedMessages",
                List.of()));
        Git.assertHealthy(ws.drafts());
    }

    @Test
    void twoProcessesReindexingTakeTurns() throws Exception {
        Workspace ws = TestWorkspace.create(dir);
        Outcome outcome = race(ws, "index", List.of(), List.of(List.of(), List.of()));
        assertEquals(2 * WRITES, outcome.acks().size(), "both wait their turn: " + outcome.refused());
        assertTrue(Indexes.clean(ws.root().resolve(".kodeks").resolve("index")), "CheckIndex");
    }

    /**
     * The web server and two other processes on one workspace at once: one process adds review
     * comments, the other edits the corpus and re-indexes it, while people add comments and
     * search through the web server. Every acknowledged comment is there with its own id, the
     * index passes CheckIndex, every search page answers, and the repository is healthy.
     */
    @Test
    void theWebServerAndTwoProcessesWorkingAtOnceLoseNothing() throws Exception {
        Workspace ws = TestWorkspace.create(dir);
        long startAt = System.currentTimeMillis() + 3000;
        List<Process> processes = new ArrayList<>();
        List<String> ops = List.of("comment", "index");
        for (int w = 0; w < ops.size(); w++) {
            processes.add(ChildJvm.start(
                    Worker.class,
                    dir.resolve("web-" + w + ".out"),
                    dir.resolve("web-" + w + ".err"),
                    List.of("-Dworker.startAt=" + startAt),
                    ws.root().toString(),
                    ops.get(w),
                    String.valueOf(WRITES),
                    "w" + w));
        }
        List<String> webComments = new ArrayList<>();
        int searches = 0;
        try (Workbench workbench = Workbench.open(ws)) {
            Javalin app = WebServer.create(workbench, false).start("127.0.0.1", 0);
            try {
                WebClient client = new WebClient(app.port());
                Thread.sleep(Math.max(0, startAt - System.currentTimeMillis()));
                for (int i = 0; i < WRITES; i++) {
                    client.get("/review/round?id=" + TestWorkspace.ROUND);
                    String text = "web comment " + i;
                    HttpResponse<String> added = client.post(
                            "/review/comment",
                            Map.of("round", TestWorkspace.ROUND, "unit", "ст. 12", "text", text, "proposal", ""));
                    assertEquals(302, added.statusCode(), "web comment " + i + ": " + added.body());
                    webComments.add(text);
                    HttpResponse<String> found = client.get("/search?q=" + URLEncoder.encode("кенеш", UTF_8));
                    assertEquals(200, found.statusCode(), found.body());
                    searches++;
                }
            } finally {
                app.stop();
            }
        }
        List<String> acks = new ArrayList<>();
        for (int w = 0; w < processes.size(); w++) {
            Process p = processes.get(w);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "worker did not finish");
            assertEquals(0, p.exitValue(), Files.readString(dir.resolve("web-" + w + ".err")));
            for (String line : Files.readAllLines(dir.resolve("web-" + w + ".out"))) {
                assertTrue(line.startsWith("ACK "), ops.get(w) + " refused: " + line);
                acks.add(line.substring(4));
            }
        }
        Map<String, String> stored = new HashMap<>();
        try (Workbench workbench = Workbench.open(ws)) {
            for (Comment c : workbench.review().comments(TestWorkspace.ROUND)) {
                assertFalse(stored.containsKey(c.id()), "two comments got the id " + c.id());
                stored.put(c.id(), c.text());
            }
            assertTrue(workbench.search().index().documents() > 0, "the index answers afterwards");
        }
        for (String ack : acks.stream().filter(a -> !a.startsWith("index")).toList()) {
            String id = ack.substring(0, ack.indexOf(' '));
            assertEquals(ack.substring(ack.indexOf(' ') + 1), stored.get(id), "comment " + id + " lost");
        }
        assertTrue(stored.values().containsAll(webComments), "web comments lost: " + stored.values());
        assertTrue(Indexes.clean(ws.root().resolve(".kodeks").resolve("index")), "CheckIndex");
        Git.assertHealthy(ws.drafts());
        RUNS.add(Map.of(
                "operation",
                "web server (comments, searches) with a commenting and a re-indexing process",
                "processes",
                3,
                "acknowledged",
                acks.size() + webComments.size() + searches,
                "refused",
                0,
                "refusedMessages",
                List.of()));
    }
}
