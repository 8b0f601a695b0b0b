package dev.dynasim.engine.workload;

import java.util.random.RandomGenerator;

/**
 * Traffic against one table: which keys ({@code keys}), how much over time ({@code rate}), of
 * what kind ({@code mix}), drawn from the random stream named {@code stream} (which also names
 * the workload). A workload is a description; {@link #start} makes the stateful source of its
 * traffic for one run.
 */
public record Workload(String table, KeyDistribution keys, RateShape rate, OperationMix mix, String stream) {

    /** Checks the fields. */
    public Workload {
        if (table == null || table.isEmpty()) throw new IllegalArgumentException("table is required");
        if (keys == null) throw new IllegalArgumentException("keys is required");
        if (rate == null) throw new IllegalArgumentException("rate is required");
        if (mix == null) throw new IllegalArgumentException("mix is required");
        if (stream == null || stream.isEmpty()) throw new IllegalArgumentException("stream is required");
    }

    /** Expected requests (not rounded) in the tick starting at {@code tickStartMillis}: the rate-level demand. */
    public double expectedRequests(long tickStartMillis, long tickMillis) {
        return rate.expectedRequests(tickStartMillis, tickMillis);
    }

    /** The source of this workload's traffic for one run, drawing from {@code rng} (the stream named {@link #stream}). */
    public WorkloadRun start(RandomGenerator rng) {
        return new WorkloadRun(this, rng);
    }
}
