package dev.dynasim.engine.table;

/**
 * What one partition served of one operation in a tick: requests (a request touching the partition
 * for several items counts once; fractional at rate level) and the read and write units consumed.
 */
public record OperationServed(ApiOperation operation, double requests, double readUnits, double writeUnits) {
}
