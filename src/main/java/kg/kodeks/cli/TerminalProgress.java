package kg.kodeks.cli;

import java.io.PrintWriter;
import kg.kodeks.search.IndexProgress;

/**
 * A progress bar on the terminal's error stream, redrawn in place. Drawn only when Kodeks runs
 * on a terminal, so pipes, files and tests see nothing of it.
 */
final class TerminalProgress implements IndexProgress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private String task = "";
    private long total;
    private int lastDrawn = -1;

    private TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** A bar on {@code err} when the process has a terminal, else nothing. */
    static IndexProgress forTerminal(PrintWriter err) {
        return System.console() != null ? new TerminalProgress(err) : IndexProgress.NONE;
    }

    @Override
    public void start(String newTask, long newTotal) {
        this.task = newTask;
        this.total = Math.max(1, newTotal);
        this.lastDrawn = -1;
        advance(0);
    }

    @Override
    public void advance(long done) {
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent == lastDrawn) {
            return;
        }
        lastDrawn = percent;
        int filled = percent * WIDTH / 100;
        err.print("\r" + task + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + percent + "% (" + done
                + "/" + total + ")");
        err.flush();
    }

    @Override
    public void finish() {
        if (lastDrawn >= 0) {
            err.print("\r" + " ".repeat(task.length() + WIDTH + 30) + "\r");
            err.flush();
        }
    }
}
