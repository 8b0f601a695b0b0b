package dev.dynasim.engine.sim;

/**
 * One row of a scenario's per-interval summary: over simulated {@code [fromMillis, toMillis)}, the
 * requests served, throttled and failed (with an error other than throttling, e.g. a server error
 * while a replica group cannot serve), the splits started and completed, and the partitions of all
 * tables and GSIs at the end of the interval, and the eventually consistent point reads and how many
 * of them were stale.
 */
public record IntervalRow(long fromMillis, long toMillis, long served, long throttled, long failed, int splitsStarted,
                          int splitsCompleted, int partitions, long eventualReads, long staleReads) {

    /** The row of a step report. */
    static IntervalRow of(StepReport r) {
        return new IntervalRow(r.fromMillis(), r.toMillis(), r.served(), r.throttled(), r.failed(), r.splitsStarted(),
                r.splitsCompleted(), r.partitions(), r.eventualReads(), r.staleReads());
    }
}
