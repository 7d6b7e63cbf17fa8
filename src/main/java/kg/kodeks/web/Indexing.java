package kg.kodeks.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kg.kodeks.Workbench;
import kg.kodeks.search.IndexProgress;
import kg.kodeks.search.SearchService;

/**
 * Brings the search index up to date in the background when a page needs it, so the page can
 * show how far the work is instead of hanging for the seconds a first index of a corpus takes.
 * One update at a time; its progress is what the search service reports.
 */
final class Indexing implements IndexProgress {
    private final Workbench workbench;
    private volatile long total = -1;
    private volatile long done;
    private CompletableFuture<Void> job;

    Indexing(Workbench workbench) {
        this.workbench = workbench;
    }

    /**
     * True when searches can run now. Otherwise starts the update (unless one is running) and
     * waits for it at most {@code wait}; false when it is still running after that. A failed
     * update also answers true: the search then tries again and shows the service's message.
     */
    boolean ready(Duration wait) throws InterruptedException {
        SearchService search = workbench.search();
        if (search.isCurrent()) {
            return true;
        }
        CompletableFuture<Void> running = start(search);
        try {
            running.get(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    private synchronized CompletableFuture<Void> start(SearchService search) {
        if (job == null || job.isDone()) {
            total = -1;
            done = 0;
            CompletableFuture<Void> next = new CompletableFuture<>();
            Thread thread = new Thread(
                    () -> {
                        try {
                            search.withProgress(this).index();
                            next.complete(null);
                        } catch (Exception | Error e) {
                            next.completeExceptionally(e);
                        }
                    },
                    "kodeks-web-index");
            // A server stopping mid-update must not wait for it; the next start updates again.
            thread.setDaemon(true);
            job = next;
            thread.start();
        }
        return job;
    }

    /** Corpus files to index in the current update; -1 while the corpus is still being read. */
    long total() {
        return total;
    }

    /** Corpus files indexed so far. */
    long done() {
        return done;
    }

    @Override
    public void start(String task, long steps) {
        done = 0;
        total = steps;
    }

    @Override
    public void advance(long steps) {
        done = steps;
    }

    @Override
    public void finish() {
        done = Math.max(done, total);
    }
}
