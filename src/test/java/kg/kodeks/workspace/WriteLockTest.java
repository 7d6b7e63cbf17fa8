package kg.kodeks.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kg.kodeks.error.KodeksException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteLockTest {
    @TempDir
    Path dir;

    @AfterEach
    void defaultWait() {
        System.clearProperty("kodeks.writeLockWaitMillis");
    }

    @Test
    void aSecondWriterWaitsForTheFirst() throws Exception {
        Path file = dir.resolve("lock");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try (WriteLock lock = WriteLock.acquire(file, "first")) {
                held.countDown();
                release.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(held.await(10, TimeUnit.SECONDS));
        AtomicBoolean released = new AtomicBoolean();
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> {
            try (WriteLock lock = WriteLock.acquire(file, "second")) {
                return released.get();
            } catch (KodeksException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertFalse(second.isDone(), "the second writer waits");
        released.set(true);
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertTrue(second.get(10, TimeUnit.SECONDS), "the second writer got the lock only after the first let it go");
    }

    @Test
    void aWriteInsideAWriteOfTheSameThreadKeepsTheLockUntilTheOuterOneEnds() throws Exception {
        Path file = dir.resolve("lock");
        System.setProperty("kodeks.writeLockWaitMillis", "0");
        try (WriteLock outer = WriteLock.acquire(file, "merge")) {
            try (WriteLock inner = WriteLock.acquire(file, "commit")) {
                assertTrue(CompletableFuture.supplyAsync(() -> busy(file)).get(10, TimeUnit.SECONDS));
            }
            assertTrue(
                    CompletableFuture.supplyAsync(() -> busy(file)).get(10, TimeUnit.SECONDS),
                    "the inner write's end does not free the outer one");
        }
        assertFalse(CompletableFuture.supplyAsync(() -> busy(file)).get(10, TimeUnit.SECONDS));
    }

    private static boolean busy(Path file) {
        try (WriteLock lock = WriteLock.acquire(file, "other")) {
            return false;
        } catch (KodeksException e) {
            return true;
        }
    }

    @Test
    void aWriterThatWillNotWaitIsToldTheFolder() throws Exception {
        Path file = dir.resolve("lock");
        System.setProperty("kodeks.writeLockWaitMillis", "0");
        try (WriteLock lock = WriteLock.acquire(file, "/some/drafts")) {
            KodeksException e = CompletableFuture.supplyAsync(
                            () -> assertThrows(KodeksException.class, () -> WriteLock.acquire(file, "/some/drafts")))
                    .get(10, TimeUnit.SECONDS);
            assertEquals("workspace.busy", e.key());
            assertTrue(e.getMessage().contains("/some/drafts"), e.getMessage());
        }
        try (WriteLock again = WriteLock.acquire(file, "/some/drafts")) {
            assertTrue(again.crashedHolder().isEmpty(), "released normally, nothing to recover");
        }
    }

    @Test
    void findsTheNoteOfAWriterThatDied() throws Exception {
        Path file = dir.resolve("lock");
        // A process id far above any Linux pid_max: that writer is certainly gone.
        Files.writeString(file, "4999999999 1700000000000\n");
        try (WriteLock lock = WriteLock.acquire(file, "drafts")) {
            assertEquals(1700000000000L, lock.crashedHolder().orElseThrow().startedMillis());
        }
        assertEquals(0, Files.size(file), "a writer that finishes clears its note");
    }

    @Test
    void aFolderThatDoesNotExistNeedsNoLock() throws Exception {
        try (WriteLock lock = WriteLock.acquire(dir.resolve("missing/lock"), "missing")) {
            assertTrue(lock.crashedHolder().isEmpty());
        }
        assertFalse(Files.exists(dir.resolve("missing")));
    }
}
