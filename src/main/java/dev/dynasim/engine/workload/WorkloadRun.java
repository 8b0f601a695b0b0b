package dev.dynasim.engine.workload;

import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * A workload during one run: per-tick request counts with the fractional part carried from
 * tick to tick (so a rate of 0.25/s issues exactly one request every fourth tick, and counts
 * never depend on the random stream), and item-level request descriptions drawn from the run's
 * own stream in a fixed order: operation, key, sort key (only when the workload draws sort keys),
 * size, then consistency for reads.
 */
public final class WorkloadRun {
    private final Workload workload;
    private final RandomGenerator rng;
    private final KeyDistribution keys;
    private final KeyDistribution sortKeys;
    private final OperationSampler operations;
    private double carry;

    WorkloadRun(Workload workload, RandomGenerator rng) {
        if (rng == null) throw new IllegalArgumentException("a workload run needs its random stream");
        this.workload = workload;
        this.rng = rng;
        this.keys = workload.keys().fresh();
        this.sortKeys = workload.sortKeys() == null ? null : workload.sortKeys().fresh();
        this.operations = workload.mix().sampler();
    }

    /** The workload being run. */
    public Workload workload() {
        return workload;
    }

    /** How many requests the tick starting at {@code tickStartMillis}, {@code tickMillis} long, issues; call once per tick, in order. */
    public long requestsAt(long tickStartMillis, long tickMillis) {
        if (tickMillis <= 0) throw new IllegalArgumentException("tick must be positive: " + tickMillis);
        double due = workload.expectedRequests(tickStartMillis, tickMillis) + carry;
        long count = (long) Math.floor(due);
        carry = due - count;
        return count;
    }

    /** The fraction of a request carried into the next tick, in [0, 1). */
    public double carry() {
        return carry;
    }

    /** Draws the next request. */
    public RequestSpec next() {
        OperationMix mix = workload.mix();
        Operation op = operations.next(rng);
        String key = keys.next(rng);
        String sortKey = sortKeys == null ? RequestSpec.DEFAULT_SORT_KEY : sortKeys.next(rng);
        int bytes = mix.itemSize().next(rng);
        return new RequestSpec(op, key, sortKey, bytes, mix.nextConsistentRead(op, rng));
    }

    /** Draws {@code count} requests and hands each to {@code sink}, in order. */
    public void forEach(long count, Consumer<? super RequestSpec> sink) {
        for (long i = 0; i < count; i++) sink.accept(next());
    }

    @Override
    public String toString() {
        return "WorkloadRun[" + workload.stream() + " on " + workload.table() + ", carry=" + carry + "]";
    }
}
