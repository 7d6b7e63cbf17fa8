package kg.kodeks.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/** Command-line Git as the independent judge of a repository after races and crashes. */
final class Git {
    private Git() {}

    /** {@code git fsck --full} is clean (no errors, no dangling objects reported as errors). */
    static void assertHealthy(Path repo) throws Exception {
        Run fsck = run(repo, "fsck", "--full", "--no-dangling");
        assertEquals(0, fsck.code(), "git fsck --full in " + repo + ":\n" + fsck.output());
    }

    /** The files of HEAD's tree. */
    static Set<String> filesAtHead(Path repo) throws Exception {
        Run ls = run(repo, "ls-tree", "-r", "--name-only", "HEAD");
        assertEquals(0, ls.code(), ls.output());
        return new TreeSet<>(ls.output().lines().toList());
    }

    /** The number of commits reachable from HEAD. */
    static int commitCount(Path repo) throws Exception {
        Run count = run(repo, "rev-list", "--count", "HEAD");
        assertEquals(0, count.code(), count.output());
        return Integer.parseInt(count.output().strip());
    }

    record Run(int code, String output) {}

    static Run run(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("git " + String.join(" ", args) + " did not finish");
        }
        return new Run(p.exitValue(), output);
    }
}
