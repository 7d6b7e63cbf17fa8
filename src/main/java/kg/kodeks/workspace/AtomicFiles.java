package kg.kodeks.workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every file Kodeks writes goes through here: the content goes to a temporary file beside the
 * target, is forced to disk, and is then moved over the target in one step. A crash leaves
 * either the old file or the new one, never half of one.
 *
 * <p>A temporary file is named {@code .<target>.<pid>.<random>.tmp}: hidden, and marked with
 * the process that writes it. A process killed while writing leaves its temporary file behind;
 * the next write into the same folder removes those of processes that are no longer running on
 * this machine, and never touches the file of a process that is.
 */
public final class AtomicFiles {
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.(\\d{1,19})\\.\\d+\\.tmp");
    private static final long PID = ProcessHandle.current().pid();

    private AtomicFiles() {}

    /** Something that writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void writeString(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** Writes through {@code writer} into a temporary file and moves it over {@code target}. */
    public static void write(Path target, Writer writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + "." + PID + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                writer.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
        removeLeftovers(dir);
    }

    /** Removes the temporary files that processes no longer running left in {@code dir}. */
    static void removeLeftovers(Path dir) {
        try (var files =
                Files.newDirectoryStream(dir, f -> isLeftover(f.getFileName().toString()))) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            // Only tidying: the write itself has succeeded, and the next one tries again.
        }
    }

    private static boolean isLeftover(String name) {
        Matcher m = TEMPORARY.matcher(name);
        if (!m.matches()) {
            return false;
        }
        try {
            long pid = Long.parseLong(m.group(1));
            return pid != PID
                    && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
