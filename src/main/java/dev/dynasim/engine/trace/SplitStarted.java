package dev.dynasim.engine.trace;

/**
 * A partition began to split; the split completes (a {@link PartitionSplit}) at {@code completesAt}.
 *
 * @param time simulated milliseconds
 * @param table table name
 * @param index index name, or null for the base table
 * @param partition id of the partition that is splitting
 * @param cause why it splits
 * @param splitToken token where the children will meet, as 32 hex digits
 * @param completesAt simulated milliseconds when the split completes
 */
public record SplitStarted(long time, String table, String index, long partition, SplitCause cause,
                           String splitToken, long completesAt) implements TraceEvent {

    /** Checks the fields. */
    public SplitStarted {
        Events.check(time, table);
        if (cause == null) throw new IllegalArgumentException("cause is required");
        Events.required(splitToken, "splitToken");
        if (completesAt < time) throw new IllegalArgumentException("a split completes after it starts");
    }
}
