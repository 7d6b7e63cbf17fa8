package kg.kodeks.search;

/** Hears how long work advances, to draw a progress bar. Implementations must be cheap. */
public interface IndexProgress {
    /** Ignores everything. */
    IndexProgress NONE = new IndexProgress() {
        @Override
        public void start(String task, long total) {}

        @Override
        public void advance(long done) {}

        @Override
        public void finish() {}
    };

    /** A task of {@code total} steps begins. */
    void start(String task, long total);

    /** {@code done} steps of the current task are finished. */
    void advance(long done);

    /** The current task is over. */
    void finish();
}
