package dev.dynasim.engine.table;

/**
 * Requests of one kind that a table or GSI partition could not serve in a tick because its replica
 * group could not (HTTP 500 InternalServerError): {@code reason} names the {@code Availability}
 * (e.g. {@code LEASE_WAIT}, {@code NO_QUORUM}); {@code index} is null for the table.
 */
public record RequestFailure(String table, String index, long partition, String operation, String reason, long requests) {
}
