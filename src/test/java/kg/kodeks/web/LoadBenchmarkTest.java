package kg.kodeks.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import kg.kodeks.Workbench;
import kg.kodeks.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load test runs on loopback, stops by itself, and every search page it asks for is served. */
class LoadBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void clientsOnLoopbackAreAllServedAndTheRunStopsByItself() throws Exception {
        try (Workbench workbench =
                Workbench.init(new Workspace(Path.of("").toAbsolutePath(), true), dir.resolve("ws"))) {
            LoadBenchmark.Report report = new LoadBenchmark(workbench, 2, Duration.ofSeconds(1)).run();
            assertTrue(report.web().requests() > 0, report.markdown());
            assertEquals(0, report.web().failures(), report.markdown());
            assertEquals(0, report.service().failures(), report.markdown());
            assertTrue(report.web().p99Millis() >= report.web().p50Millis(), report.markdown());
        }
    }
}
