package dev.dynasim.engine.sim;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A table or GSI at the end of a scenario: billing mode and provisioned units, the partitions with
 * their ranges, stored bytes, consumption, and the totals over the run of every partition it ever
 * had (split parents included). {@code usage} is the base table's metered usage (null for a GSI).
 * {@code throttledByReason} counts throttled requests by DynamoDB's ThrottlingReasons reason, in
 * reason order, from the trace's {@code RequestThrottled} events (empty when none were traced).
 */
public record TableReport(String table, String index, String billingMode, long readCapacity, long writeCapacity,
                          long storedBytes, double consumedReadUnits, double consumedWriteUnits, long servedRequests,
                          long throttledRequests, double throttledReadUnits, double throttledWriteUnits,
                          Map<String, Long> throttledByReason, TableUsage usage, List<PartitionReport> partitions) {

    /** Copies the partitions and the reasons (sorted by reason). */
    public TableReport {
        throttledByReason = Collections.unmodifiableMap(new TreeMap<>(throttledByReason));
        partitions = List.copyOf(partitions);
    }

    /** "Orders" or "Orders/ByCustomer". */
    public String owner() {
        return index == null ? table : table + "/" + index;
    }
}
