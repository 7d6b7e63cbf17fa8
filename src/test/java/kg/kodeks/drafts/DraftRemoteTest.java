package kg.kodeks.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import kg.kodeks.model.Language;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftRemoteTest {
    @TempDir
    Path dir;

    @Test
    void pushesAndPullsThroughABareRepository() throws Exception {
        Path shared = dir.resolve("shared.git");
        Git.init()
                .setBare(true)
                .setInitialBranch(DraftRepository.MAIN)
                .setDirectory(shared.toFile())
                .call()
                .close();
        exchange(shared.toUri().toString());
        DraftTesting.assertFsckClean(shared);
    }

    @Test
    void pushesAndPullsThroughGitDaemonOnLoopback() throws Exception {
        assumeTrue(DraftTesting.gitInstalled(), "git is not installed, so no git daemon can be started for this test");
        Path base = Files.createDirectories(dir.resolve("served"));
        Path shared = base.resolve("shared.git");
        assertEquals(
                0,
                DraftTesting.run(base, "git", "init", "--bare", "-q", "-b", "main", shared.toString())
                        .exit());
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Process daemon = new ProcessBuilder(
                        "git",
                        "daemon",
                        "--reuseaddr",
                        "--listen=127.0.0.1",
                        "--port=" + port,
                        "--base-path=" + base,
                        "--export-all",
                        "--enable=receive-pack",
                        base.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("daemon.log").toFile())
                .start();
        try {
            waitForPort(port);
            exchange("git://127.0.0.1:" + port + "/shared.git");
        } finally {
            daemon.destroy();
            if (!daemon.waitFor(10, TimeUnit.SECONDS)) {
                daemon.destroyForcibly();
            }
        }
        DraftTesting.assertFsckClean(shared);
    }

    /** Alice pushes the sample history; Bek clones, commits and pushes; Alice pulls his change. */
    private void exchange(String url) throws Exception {
        Path alice = DraftTesting.sampleRepository(dir.resolve("alice"));
        Path bek = dir.resolve("bek/drafts");
        try (DraftRepository a = DraftRepository.open(alice)) {
            assertTrue(DraftRemote.push(a, url).stream().anyMatch(l -> l.startsWith("refs/heads/main")));
            Git.cloneRepository().setURI(url).setDirectory(bek.toFile()).call().close();
            try (DraftRepository b = DraftRepository.open(bek)) {
                assertEquals(3, b.log(0).size());
                assertTrue(b.tags().values().stream().anyMatch(t -> t.contains("v2-iwg")), "tags travel too");
                DraftTesting.edit(bek, Language.KIR, "беш жылдык", "алты жылдык");
                b.commit("Мөөнөт", DraftTesting.BEK);
                DraftRemote.push(b, "origin");
            }
            MergeReport pulled = DraftRemote.pull(a, url, DraftTesting.ALICE);
            assertEquals(MergeReport.FAST_FORWARD, pulled.status());
            assertEquals("Бек Тестов", a.log(1).get(0).author());
            assertTrue(Files.readString(alice.resolve("code.kir.md")).contains("алты жылдык"));
        }
        DraftTesting.assertFsckClean(alice);
        DraftTesting.assertFsckClean(bek);
    }

    private static void waitForPort(int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("git daemon did not start on port " + port, e);
                }
                Thread.sleep(100);
            }
        }
    }
}
