package dev.dynasim.engine.workload;

/**
 * One request a workload issues at item level: its operation, partition key value, item size in
 * bytes, and whether a read is strongly consistent (always false for writes).
 */
public record RequestSpec(Operation operation, String key, int itemBytes, boolean consistentRead) {

    /** Checks the fields. */
    public RequestSpec {
        if (operation == null) throw new IllegalArgumentException("operation is required");
        if (key == null) throw new IllegalArgumentException("key is required");
        if (itemBytes < 1) throw new IllegalArgumentException("itemBytes must be at least 1: " + itemBytes);
        if (consistentRead && !operation.isRead()) throw new IllegalArgumentException("only reads have a consistency");
    }
}
