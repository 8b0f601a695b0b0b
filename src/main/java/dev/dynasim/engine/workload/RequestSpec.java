package dev.dynasim.engine.workload;

/**
 * One request a workload issues at item level: its operation, partition key value, sort key value
 * (used on tables with a sort key; {@link #DEFAULT_SORT_KEY} unless the workload draws sort keys),
 * item size in bytes, and whether a read is strongly consistent (always false for writes).
 */
public record RequestSpec(Operation operation, String key, String sortKey, int itemBytes, boolean consistentRead) {
    /** The sort key of every request of a workload that draws none: one item per partition key. */
    public static final String DEFAULT_SORT_KEY = "0";

    /** Checks the fields. */
    public RequestSpec {
        if (operation == null) throw new IllegalArgumentException("operation is required");
        if (key == null) throw new IllegalArgumentException("key is required");
        if (sortKey == null) throw new IllegalArgumentException("sortKey is required");
        if (itemBytes < 1) throw new IllegalArgumentException("itemBytes must be at least 1: " + itemBytes);
        if (consistentRead && !operation.isRead()) throw new IllegalArgumentException("only reads have a consistency");
    }

    /** A request with the default sort key. */
    public RequestSpec(Operation operation, String key, int itemBytes, boolean consistentRead) {
        this(operation, key, DEFAULT_SORT_KEY, itemBytes, consistentRead);
    }
}
