package dev.dynasim.engine.trace;

/**
 * A split under way was dropped before it completed, because the partition split another way
 * first (for example, every partition split at its middle for throughput); its {@link SplitStarted}
 * has no {@link PartitionSplit}.
 *
 * @param time simulated milliseconds
 * @param table table name
 * @param index index name, or null for the base table
 * @param partition id of the partition whose split was dropped
 * @param cause why it was going to split
 * @param why a short explanation for students, e.g. "superseded by a throughput split"
 */
public record SplitCancelled(long time, String table, String index, long partition, SplitCause cause,
                             String why) implements TraceEvent {

    /** Checks the fields. */
    public SplitCancelled {
        Events.check(time, table);
        if (cause == null) throw new IllegalArgumentException("cause is required");
        Events.required(why, "why");
    }
}
