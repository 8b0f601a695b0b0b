package dev.dynasim.engine.billing;

import java.math.BigDecimal;

/**
 * What a {@link ServerCluster} did in one tick {@code [startMillis, endMillis)}: the reads and writes
 * offered, served (queued ones included), left queued at the end and failed (they would have waited
 * longer than the queue timeout); the mean and the largest latency of the requests that arrived in
 * the tick (0 when none did); the most instances running at any moment of it, and its cost (every
 * running instance and its disk, busy or idle, exact).
 */
public record ClusterTick(long startMillis, long endMillis, double offeredReads, double offeredWrites, double servedReads,
                          double servedWrites, double queuedReads, double queuedWrites, double failedReads, double failedWrites,
                          double meanLatencyMillis, double maxLatencyMillis, int instancesRunning, BigDecimal cost) {

    /** Reads plus writes offered. */
    public double offered() {
        return offeredReads + offeredWrites;
    }

    /** Reads plus writes served. */
    public double served() {
        return servedReads + servedWrites;
    }

    /** Reads plus writes queued at the end of the tick. */
    public double queued() {
        return queuedReads + queuedWrites;
    }

    /** Reads plus writes that failed. */
    public double failed() {
        return failedReads + failedWrites;
    }
}
