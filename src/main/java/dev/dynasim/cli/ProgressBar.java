package dev.dynasim.cli;

import java.io.PrintWriter;

/** A one-line progress bar redrawn in place on standard error while a long simulation runs. */
final class ProgressBar {
    private static final int WIDTH = 40;
    private final PrintWriter err;
    private int lastPercent = -1;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    /** Redraws the bar for simulated time {@code now} of {@code end}, when the whole percentage changed. */
    void show(long now, long end) {
        int percent = end <= 0 ? 100 : (int) Math.min(100, now * 100 / end);
        if (percent == lastPercent) return;
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "%");
        err.flush();
    }

    /** Erases the bar. */
    void clear() {
        err.print("\r" + " ".repeat(WIDTH + 8) + "\r");
        err.flush();
    }
}
