package dev.dynasim.engine.model;

/**
 * A secondary index: global (own key, own capacity, eventually consistent) or local (same
 * partition key, shares the table's capacity). {@code throughput} is null for LSIs and on-demand.
 */
public record IndexSpec(String name, boolean global, KeySchema keySchema, Projection projection,
                        ProvisionedThroughput throughput) {

    /** A global secondary index. */
    public static IndexSpec global(String name, KeySchema keySchema, Projection projection) {
        return new IndexSpec(name, true, keySchema, projection, null);
    }

    /** A local secondary index. */
    public static IndexSpec local(String name, KeySchema keySchema, Projection projection) {
        return new IndexSpec(name, false, keySchema, projection, null);
    }
}
