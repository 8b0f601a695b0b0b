package dev.dynasim.engine.trace;

/**
 * Requests served by one partition: {@code requests} requests of one operation (1 at item level,
 * many at rate level) that together consumed {@code readUnits} and {@code writeUnits}.
 *
 * @param time simulated milliseconds
 * @param table table name
 * @param index index name, or null for the base table
 * @param partition id of the partition that served them
 * @param operation API operation name, e.g. "GetItem"
 * @param requests how many requests
 * @param readUnits read units consumed in total (RCU or RRU)
 * @param writeUnits write units consumed in total (WCU or WRU)
 * @param keyToken token of the partition key as 32 hex digits, or null when not one key
 */
public record RequestServed(long time, String table, String index, long partition, String operation,
                            long requests, double readUnits, double writeUnits, String keyToken)
        implements TraceEvent {

    /** Checks the fields. */
    public RequestServed {
        Events.check(time, table);
        Events.required(operation, "operation");
        if (requests < 1) throw new IllegalArgumentException("requests must be at least 1: " + requests);
        Events.amount(readUnits, "readUnits");
        Events.amount(writeUnits, "writeUnits");
    }

    /** One request served (item level). */
    public RequestServed(long time, String table, String index, long partition, String operation,
                         double readUnits, double writeUnits, String keyToken) {
        this(time, table, index, partition, operation, 1, readUnits, writeUnits, keyToken);
    }
}
