package dev.dynasim.engine.trace;

/**
 * Requests of one operation that a workload made as an IAM principal and IAM denied in a tick (facts
 * I4, I5), answered with {@code AccessDeniedException}; one event per tick for each table, principal,
 * operation and message.
 *
 * @param time simulated milliseconds
 * @param table table name
 * @param principal the principal's ARN
 * @param operation DynamoDB API name, e.g. "GetItem"
 * @param requests how many (at least 1)
 * @param message IAM's denial message of the first of them
 */
public record AccessDenied(long time, String table, String principal, String operation, long requests, String message)
        implements TraceEvent {

    /** Checks the fields. */
    public AccessDenied {
        Events.check(time, table);
        Events.required(principal, "principal");
        Events.required(operation, "operation");
        if (requests < 1) throw new IllegalArgumentException("requests must be at least 1: " + requests);
        Events.required(message, "message");
    }
}
