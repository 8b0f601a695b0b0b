package dev.dynasim.engine.table;

/** Capacity consumed on a table or an index: total units, and read/write units where DynamoDB reports them. */
public record Capacity(double capacityUnits, Double readCapacityUnits, Double writeCapacityUnits) {
}
