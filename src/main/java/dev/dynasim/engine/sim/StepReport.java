package dev.dynasim.engine.sim;

/**
 * What one step, or a run of steps, did: the simulated interval [fromMillis, toMillis), the
 * requests served, throttled and failed (answered with another error, e.g. a workload on a
 * deleted table or an item over 400 KB, or a server error while a replica group cannot serve), the
 * splits started and completed, the partitions of all tables and GSIs at the end, and the eventually
 * consistent point reads served and how many of them were stale.
 */
public record StepReport(long fromMillis, long toMillis, long ticks, long served, long throttled, int splitsStarted,
                         int splitsCompleted, int partitions, long failed, long eventualReads, long staleReads) {

    /** A report without replica reads. */
    public StepReport(long fromMillis, long toMillis, long ticks, long served, long throttled, int splitsStarted,
                      int splitsCompleted, int partitions, long failed) {
        this(fromMillis, toMillis, ticks, served, throttled, splitsStarted, splitsCompleted, partitions, failed, 0, 0);
    }

    /** This report followed by the next one, as one report over both intervals. */
    public StepReport then(StepReport next) {
        return new StepReport(fromMillis, next.toMillis, ticks + next.ticks, served + next.served,
                throttled + next.throttled, splitsStarted + next.splitsStarted, splitsCompleted + next.splitsCompleted,
                next.partitions, failed + next.failed, eventualReads + next.eventualReads, staleReads + next.staleReads);
    }

    @Override
    public String toString() {
        return String.format("t=%,d..%,d ms (%d ticks): %,d served, %,d throttled, %d splits started, %d completed, %d partitions",
                fromMillis, toMillis, ticks, served, throttled, splitsStarted, splitsCompleted, partitions)
                + (failed == 0 ? "" : String.format(", %,d failed", failed));
    }
}
