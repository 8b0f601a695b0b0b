package dev.dynasim.engine.workload;

import java.util.random.RandomGenerator;

/**
 * Traffic against one table: which partition keys ({@code keys}), how much over time ({@code rate}),
 * of what kind ({@code mix}), drawn from the random stream named {@code stream} (which also names
 * the workload), and on a table with a sort key which sort keys ({@code sortKeys}; null: always
 * {@link RequestSpec#DEFAULT_SORT_KEY}, one item per partition key). A workload is a description;
 * {@link #start} makes the stateful source of its traffic for one run.
 */
public record Workload(String table, KeyDistribution keys, RateShape rate, OperationMix mix, String stream,
                       KeyDistribution sortKeys) {

    /** Checks the fields. */
    public Workload {
        if (table == null || table.isEmpty()) throw new IllegalArgumentException("table is required");
        if (keys == null) throw new IllegalArgumentException("keys is required");
        if (rate == null) throw new IllegalArgumentException("rate is required");
        if (mix == null) throw new IllegalArgumentException("mix is required");
        if (stream == null || stream.isEmpty()) throw new IllegalArgumentException("stream is required");
    }

    /** A workload without sort keys of its own. */
    public Workload(String table, KeyDistribution keys, RateShape rate, OperationMix mix, String stream) {
        this(table, keys, rate, mix, stream, null);
    }

    /** This workload drawing sort keys from {@code sortKeys}. */
    public Workload withSortKeys(KeyDistribution sortKeys) {
        return new Workload(table, keys, rate, mix, stream, sortKeys);
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
