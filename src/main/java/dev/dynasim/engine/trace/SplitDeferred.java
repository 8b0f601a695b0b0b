package dev.dynasim.engine.trace;

/**
 * A split was due but put off, for example because another split of the partition is in progress.
 *
 * @param time simulated milliseconds
 * @param table table name
 * @param index index name, or null for the base table
 * @param partition id of the partition that would split
 * @param cause why it would split
 * @param why a short explanation for students, e.g. "split in progress"
 */
public record SplitDeferred(long time, String table, String index, long partition, SplitCause cause,
                            String why) implements TraceEvent {

    /** Checks the fields. */
    public SplitDeferred {
        Events.check(time, table);
        if (cause == null) throw new IllegalArgumentException("cause is required");
        Events.required(why, "why");
    }
}
