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
 */
public record TableCreated(long time, String table, BillingMode mode, long readCapacity, long writeCapacity,
                           int partitions, List<String> indexes) implements TraceEvent {

    /** Checks the fields and copies the index names. */
    public TableCreated {
        Events.check(time, table);
        if (mode == null) throw new IllegalArgumentException("mode is required");
        if (readCapacity < 0 || writeCapacity < 0) throw new IllegalArgumentException("capacity must not be negative");
        if (partitions < 1) throw new IllegalArgumentException("a table has at least one partition");
        indexes = List.copyOf(indexes);
    }
}
