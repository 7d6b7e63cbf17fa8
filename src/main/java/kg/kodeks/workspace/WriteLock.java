package kg.kodeks.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import kg.kodeks.error.KodeksException;

/**
 * One writer at a time across processes. A write that reads state and then changes it (the next
 * comment number, then the comment's file and commit) must not interleave with another process
 * doing the same, or one update is lost. Git's own lock files only cover single steps, so each
 * such write holds an operating-system lock on a small file for its whole length. The system
 * drops the lock when the process dies, so a crash (even {@code kill -9}) never leaves a stale
 * lock behind. While it writes, the holder keeps its process id and start time in the file and
 * clears them when done, so the next writer can tell that the last one died mid-write (and, for
 * a Git repository, that lock files it left are stale).
 *
 * <p>A second writer, in another process or another thread, waits up to {@link #waitMillis()}
 * and then gets a message naming the folder. Callers take it once, at the outside: a thread that
 * already holds it must not take it again.
 */
public final class WriteLock implements AutoCloseable {
    /** How long a writer waits for another one by default. */
    public static final long DEFAULT_WAIT_MILLIS = 15_000;

    private static final long POLL_MILLIS = 20;

    /**
     * Threads of one process take turns here before they open the file: on Linux, closing any
     * channel of a file drops every lock the process holds on it, so a second thread must never
     * open and close a channel while the first holds the lock.
     */
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock turn;
    private final FileChannel channel;
    private final FileLock lock;
    private final Holder crashed;

    private WriteLock(ReentrantLock turn, FileChannel channel, FileLock lock, Holder crashed) {
        this.turn = turn;
        this.channel = channel;
        this.lock = lock;
        this.crashed = crashed;
    }

    /**
     * The writer that held the lock last and died before it finished (its note is still in the
     * file and its process is gone), if any.
     *
     * @param pid its process id
     * @param startedMillis when it took the lock
     */
    public record Holder(long pid, long startedMillis) {
        static Holder parse(String text) {
            String[] parts = text.strip().split("\\s+");
            if (parts.length != 2) {
                return null;
            }
            try {
                return new Holder(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        boolean alive() {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    /**
     * Takes the lock on {@code file}, creating the (empty) file if needed; when its folder does
     * not exist there is nothing to protect yet and a lock that holds nothing is returned.
     *
     * @param what the folder or repository named in the message when another writer keeps it
     */
    public static WriteLock acquire(Path file, String what) throws KodeksException {
        if (!Files.isDirectory(file.toAbsolutePath().getParent())) {
            return new WriteLock(null, null, null, null);
        }
        long wait = waitMillis();
        long deadline = System.nanoTime() + wait * 1_000_000;
        ReentrantLock turn = IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new ReentrantLock());
        if (turn.isHeldByCurrentThread()) {
            // A write inside a write (a merge that commits): this thread already holds the file lock.
            turn.lock();
            return new WriteLock(turn, null, null, null);
        }
        try {
            if (!turn.tryLock(wait, TimeUnit.MILLISECONDS)) {
                throw new KodeksException(Workspace.BUNDLE, "workspace.busy", what, (wait + 999) / 1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KodeksException(e, Workspace.BUNDLE, "workspace.busy", what, 0);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new WriteLock(turn, channel, lock, takeOver(channel));
                }
                if (System.nanoTime() >= deadline) {
                    throw new KodeksException(Workspace.BUNDLE, "workspace.busy", what, (wait + 999) / 1000);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release(turn, channel);
            throw new KodeksException(e, Workspace.BUNDLE, "workspace.busy", what, 0);
        } catch (IOException | OverlappingFileLockException e) {
            release(turn, channel);
            throw new KodeksException(
                    e, Workspace.BUNDLE, "workspace.lockFailed", what, String.valueOf(e.getMessage()));
        } catch (KodeksException | RuntimeException e) {
            release(turn, channel);
            throw e;
        }
    }

    private static void release(ReentrantLock turn, FileChannel channel) {
        close(channel);
        turn.unlock();
    }

    /**
     * Reads the note of the last holder (a writer clears it when it finishes, so a note left
     * means it died mid-write) and leaves this process's own note: pid and start time.
     */
    private static Holder takeOver(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64);
        channel.read(buffer, 0);
        Holder previous = Holder.parse(new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII));
        channel.truncate(0);
        channel.write(
                ByteBuffer.wrap((ProcessHandle.current().pid() + " " + System.currentTimeMillis() + "\n")
                        .getBytes(StandardCharsets.US_ASCII)),
                0);
        channel.force(false);
        return previous != null && previous.pid() != ProcessHandle.current().pid() && !previous.alive()
                ? previous
                : null;
    }

    /** The writer that died while holding this lock before, or empty. */
    public Optional<Holder> crashedHolder() {
        return Optional.ofNullable(crashed);
    }

    /** The wait, from {@code -Dkodeks.writeLockWaitMillis} or the default. */
    public static long waitMillis() {
        try {
            return Math.max(
                    0,
                    Long.parseLong(
                            System.getProperty("kodeks.writeLockWaitMillis", String.valueOf(DEFAULT_WAIT_MILLIS))));
        } catch (NumberFormatException e) {
            return DEFAULT_WAIT_MILLIS;
        }
    }

    @Override
    public void close() {
        if (channel != null && channel.isOpen()) {
            try {
                channel.truncate(0);
            } catch (IOException e) {
                // The note stays; the next writer finds this process gone and takes over as after a crash.
            }
        }
        if (lock != null) {
            try {
                lock.release();
            } catch (IOException e) {
                // Closing the channel below releases it as well.
            }
        }
        close(channel);
        if (turn != null) {
            turn.unlock();
        }
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing was written through it; the lock goes with the channel.
            }
        }
    }
}
