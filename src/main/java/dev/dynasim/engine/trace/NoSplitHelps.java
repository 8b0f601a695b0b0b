package dev.dynasim.engine.trace;

/**
 * A partition is hot but no split point would spread its load: the heat is one key or a
 * sequential key range.
 *
 * @param time simulated milliseconds
 * @param table table name
 * @param index index name, or null for the base table
 * @param partition id of the hot partition
 * @param why "single key" or "sequential keys", or another short explanation
 * @param keyToken token of the hot key as 32 hex digits, or null when the heat is not one key
 */
public record NoSplitHelps(long time, String table, String index, long partition, String why,
                           String keyToken) implements TraceEvent {

    /** Checks the fields. */
    public NoSplitHelps {
        Events.check(time, table);
        Events.required(why, "why");
    }
}
