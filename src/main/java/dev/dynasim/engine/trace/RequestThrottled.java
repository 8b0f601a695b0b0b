package dev.dynasim.engine.trace;

/**
 * Requests refused by one partition with a throttling error: {@code requests} requests of one
 * operation that would have consumed {@code readUnits} and {@code writeUnits}.
 *
 * @param time simulated milliseconds
 * @param table table name
 * @param index index name, or null for the base table
 * @param partition id of the partition that refused them
 * @param operation API operation name, e.g. "PutItem"
 * @param requests how many requests
 * @param readUnits read units the requests asked for in total
 * @param writeUnits write units the requests asked for in total
 * @param keyToken token of the partition key as 32 hex digits, or null when not one key
 * @param reason DynamoDB's ThrottlingReasons reason, e.g. "TableWriteKeyRangeThroughputExceeded"
 */
public record RequestThrottled(long time, String table, String index, long partition, String operation,
                               long requests, double readUnits, double writeUnits, String keyToken,
                               String reason) implements TraceEvent {

    /** Checks the fields. */
    public RequestThrottled {
        Events.check(time, table);
        Events.required(operation, "operation");
        Events.required(reason, "reason");
        if (requests < 1) throw new IllegalArgumentException("requests must be at least 1: " + requests);
        Events.amount(readUnits, "readUnits");
        Events.amount(writeUnits, "writeUnits");
    }

    /** One request throttled (item level). */
    public RequestThrottled(long time, String table, String index, long partition, String operation,
                            double readUnits, double writeUnits, String keyToken, String reason) {
        this(time, table, index, partition, operation, 1, readUnits, writeUnits, keyToken, reason);
    }
}
