package kg.kodeks.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
