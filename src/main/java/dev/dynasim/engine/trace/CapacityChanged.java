package dev.dynasim.engine.trace;

import dev.dynasim.engine.model.BillingMode;

/**
 * A table's or index's billing mode or provisioned capacity changed.
 *
 * @param time simulated milliseconds
 * @param table table name
 * @param index index name, or null for the base table
 * @param mode billing mode after the change
 * @param readCapacity provisioned RCU after the change (0 when on demand)
 * @param writeCapacity provisioned WCU after the change (0 when on demand)
 */
public record CapacityChanged(long time, String table, String index, BillingMode mode, long readCapacity,
                              long writeCapacity) implements TraceEvent {

    /** Checks the fields. */
    public CapacityChanged {
        Events.check(time, table);
        if (mode == null) throw new IllegalArgumentException("mode is required");
        if (readCapacity < 0 || writeCapacity < 0) throw new IllegalArgumentException("capacity must not be negative");
    }
}
