package dev.dynasim.engine.sim;

import java.util.List;

/**
 * A table or GSI at the end of a scenario: billing mode and provisioned units, the partitions with
 * their ranges, stored bytes, consumption, and the totals over the run of every partition it ever
 * had (split parents included). {@code usage} is the base table's metered usage (null for a GSI).
 */
public record TableReport(String table, String index, String billingMode, long readCapacity, long writeCapacity,
                          long storedBytes, double consumedReadUnits, double consumedWriteUnits, long servedRequests,
                          long throttledRequests, double throttledReadUnits, double throttledWriteUnits,
                          TableUsage usage, List<PartitionReport> partitions) {

    /** Copies the partitions. */
    public TableReport {
        partitions = List.copyOf(partitions);
    }

    /** "Orders" or "Orders/ByCustomer". */
    public String owner() {
        return index == null ? table : table + "/" + index;
    }
}
