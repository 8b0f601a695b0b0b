package dev.dynasim.engine.trace;

/**
 * A partition is hot but not yet for the sustain period that triggers a split for heat: the split is
 * put off until the heat has lasted (reported once per hot spell).
 *
 * @param time simulated milliseconds
 * @param table table name
 * @param index index name, or null for the base table
 * @param partition id of the partition that would split
 * @param cause why it would split
 * @param why a short explanation for students, e.g. "... for 10 s, not yet the 5 min that triggers a split"
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
