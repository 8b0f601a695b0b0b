package dev.dynasim.engine.sim;

/**
 * One row of a scenario's per-interval summary: over simulated {@code [fromMillis, toMillis)}, the
 * requests served and throttled, the splits started and completed, and the partitions of all
 * tables and GSIs at the end of the interval.
 */
public record IntervalRow(long fromMillis, long toMillis, long served, long throttled, int splitsStarted,
                          int splitsCompleted, int partitions) {

    /** The row of a step report. */
    static IntervalRow of(StepReport r) {
        return new IntervalRow(r.fromMillis(), r.toMillis(), r.served(), r.throttled(), r.splitsStarted(),
                r.splitsCompleted(), r.partitions());
    }
}
