package dev.dynasim.engine.table;

import dev.dynasim.engine.partition.PartitionId;

/**
 * One partition's tick: the units it served and throttled, the requests it served and
 * throttled, and the bytes it stores at the end of the tick. {@code index} is null for the table.
 */
public record PartitionTick(String table, String index, PartitionId partition, double consumedReadUnits,
                            double consumedWriteUnits, double throttledReadUnits, double throttledWriteUnits,
                            long servedRequests, long throttledRequests, long bytes) {
}
