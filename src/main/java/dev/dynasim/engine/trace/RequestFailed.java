package dev.dynasim.engine.trace;

/**
 * Requests of one operation that one partition's replica group could not serve in a tick, answered
 * with DynamoDB's retryable HTTP 500 {@code InternalServerError}: during a leader election (the lease
 * wait), without a write quorum, or with no replica left to read from.
 *
 * @param time simulated milliseconds
 * @param table table name
 * @param index index name, or null for the base table
 * @param partition partition id
 * @param operation DynamoDB API name, e.g. "PutItem"
 * @param requests how many (at least 1)
 * @param error the error: "InternalServerError"
 * @param reason LEASE_WAIT, NO_QUORUM or NO_REPLICA
 */
public record RequestFailed(long time, String table, String index, long partition, String operation, long requests,
                            String error, String reason) implements TraceEvent {

    /** Checks the fields. */
    public RequestFailed {
        Events.check(time, table);
        Events.required(operation, "operation");
        if (requests < 1) throw new IllegalArgumentException("requests must be at least 1: " + requests);
        Events.required(error, "error");
        Events.required(reason, "reason");
    }
}
