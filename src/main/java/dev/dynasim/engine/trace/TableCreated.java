package dev.dynasim.engine.trace;

import dev.dynasim.engine.model.BillingMode;
import java.util.List;

/**
 * A table was created with its initial partitions.
 *
 * @param time simulated milliseconds
 * @param table table name
 * @param mode billing mode
 * @param readCapacity provisioned RCU (0 when on demand)
 * @param writeCapacity provisioned WCU (0 when on demand)
 * @param partitions initial partition count of the base table
 * @param indexes names of its global secondary indexes, in creation order
 * @param partitionStarts the first token of each initial base-table partition, 32 hex digits, in key
 *        order; the i-th is partition id i (a new table numbers its partitions 0, 1, ... in key order),
 *        and each partition ends where the next begins (the last at the top of the key space)
 */
public record TableCreated(long time, String table, BillingMode mode, long readCapacity, long writeCapacity,
                           int partitions, List<String> indexes, List<String> partitionStarts) implements TraceEvent {

    /** Checks the fields and copies the lists. */
    public TableCreated {
        Events.check(time, table);
        if (mode == null) throw new IllegalArgumentException("mode is required");
        if (readCapacity < 0 || writeCapacity < 0) throw new IllegalArgumentException("capacity must not be negative");
        if (partitions < 1) throw new IllegalArgumentException("a table has at least one partition");
        indexes = List.copyOf(indexes);
        partitionStarts = List.copyOf(partitionStarts);
        if (partitionStarts.size() != partitions) {
            throw new IllegalArgumentException(partitions + " partitions need " + partitions + " start tokens, not " + partitionStarts.size());
        }
        for (String token : partitionStarts) Events.required(token, "partitionStarts");
    }
}
