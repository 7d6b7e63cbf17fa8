package kg.kodeks.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import kg.kodeks.error.KodeksException;

/**
 * One writer at a time across processes. A write that reads state and then changes it (the next
 * comment number, then the comment's file and commit) must not interleave with another process
 * doing the same, or one update is lost. Git's own lock files only cover single steps, so each
 * such write holds an operating-system lock on a small file for its whole length. The system
 * drops the lock when the process dies, so a crash (even {@code kill -9}) never leaves a stale
 * lock behind; the file itself stays and is empty.
 *
 * <p>A second writer waits up to {@link #waitMillis()} and then gets a message naming the
 * folder. Within one process the lock is not re-entrant: callers take it once, at the outside.
 */
public final class WriteLock implements AutoCloseable {
    /** How long a writer waits for another one by default. */
    public static final long DEFAULT_WAIT_MILLIS = 15_000;
    private static final long POLL_MILLIS = 20;

    private final FileChannel channel;
    private final FileLock lock;

    private WriteLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock on {@code file}, creating the (empty) file if needed; when its folder does
     * not exist there is nothing to protect yet and a lock that holds nothing is returned.
     *
     * @param what the folder or repository named in the message when another writer keeps it
     */
    public static WriteLock acquire(Path file, String what) throws KodeksException {
        if (!Files.isDirectory(file.toAbsolutePath().getParent())) {
            return new WriteLock(null, null);
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new KodeksException(e, Workspace.BUNDLE, "workspace.lockFailed", what, String.valueOf(e.getMessage()));
        }
        long wait = waitMillis();
        long deadline = System.nanoTime() + wait * 1_000_000;
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new WriteLock(channel, lock);
                }
                if (System.nanoTime() >= deadline) {
                    throw new KodeksException(Workspace.BUNDLE, "workspace.busy", what, (wait + 999) / 1000);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(channel);
            throw new KodeksException(e, Workspace.BUNDLE, "workspace.busy", what, 0);
        } catch (IOException e) {
            close(channel);
            throw new KodeksException(e, Workspace.BUNDLE, "workspace.lockFailed", what, String.valueOf(e.getMessage()));
        } catch (KodeksException e) {
            close(channel);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Another thread of this process holds it: wait as for another process.
            return null;
        }
    }

    /** The wait, from {@code -Dkodeks.writeLockWaitMillis} or the default. */
    public static long waitMillis() {
        try {
            return Math.max(0, Long.parseLong(System.getProperty("kodeks.writeLockWaitMillis",
                    String.valueOf(DEFAULT_WAIT_MILLIS))));
        } catch (NumberFormatException e) {
            return DEFAULT_WAIT_MILLIS;
        }
    }

    @Override
    public void close() {
        if (lock != null) {
            try {
                lock.release();
            } catch (IOException e) {
                // Closing the channel below releases it as well.
            }
        }
        close(channel);
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
