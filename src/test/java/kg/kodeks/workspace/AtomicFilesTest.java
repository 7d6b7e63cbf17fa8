package kg.kodeks.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheFileWhole() throws Exception {
        Path file = dir.resolve("sub/a.txt");
        AtomicFiles.writeString(file, "first");
        AtomicFiles.writeString(file, "second");
        assertEquals("second", Files.readString(file));
        assertEquals(1, count(file.getParent()), "no temporary file is left");
    }

    @Test
    void keepsTheOldFileWhenWritingFails() throws Exception {
        Path file = dir.resolve("a.txt");
        AtomicFiles.writeString(file, "good");
        assertThrows(
                IOException.class,
                () -> AtomicFiles.write(file, out -> {
                    out.write("half".getBytes());
                    throw new IOException("disk gone");
                }));
        assertEquals("good", Files.readString(file));
        assertEquals(1, count(dir), "the half-written temporary file is removed");
    }

    @Test
    void aWriteRemovesWhatKilledProcessesLeftAndKeepsTheFilesOfRunningOnes() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Process running = new ProcessBuilder("sleep", "30").start();
        try {
            Path ofEnded = Files.writeString(dir.resolve(".code.docx." + ended.pid() + ".4711.tmp"), "half");
            Path ofRunning = Files.writeString(dir.resolve(".plan.docx." + running.pid() + ".4712.tmp"), "half");
            Path notOurs = Files.writeString(dir.resolve(".notes.123.tmp"), "a user's file");

            AtomicFiles.writeString(dir.resolve("protocol.docx"), "whole");

            assertFalse(Files.exists(ofEnded), "the temporary file of a process that ended is removed");
            assertTrue(Files.exists(ofRunning), "a running process's temporary file is kept");
            assertTrue(Files.exists(notOurs), "a file not named as ours is kept");
        } finally {
            running.destroy();
        }
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
