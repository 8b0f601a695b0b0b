package dev.dynasim.engine.table;

import dev.dynasim.engine.partition.PartitionId;
import java.util.List;

/**
 * One partition's tick: the units it served and throttled, the requests it served and
 * throttled, the bytes it stores at the end of the tick, and what it served by operation (in
 * operation order, only operations it served). {@code index} is null for the table.
 */
public record PartitionTick(String table, String index, PartitionId partition, double consumedReadUnits,
                            double consumedWriteUnits, double throttledReadUnits, double throttledWriteUnits,
                            long servedRequests, long throttledRequests, long bytes, List<OperationServed> served) {
    /** Copies the list. */
    public PartitionTick {
        served = List.copyOf(served);
    }
}
