package dev.dynasim.engine.model;

/** Provisioned read and write capacity units per second of a table or a GSI. */
public record ProvisionedThroughput(long readCapacityUnits, long writeCapacityUnits) {
    /** No provisioned capacity (on-demand tables describe themselves with 0/0). */
    public static final ProvisionedThroughput NONE = new ProvisionedThroughput(0, 0);
}
