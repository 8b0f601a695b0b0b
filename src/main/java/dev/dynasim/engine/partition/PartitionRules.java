package dev.dynasim.engine.partition;

import dev.dynasim.engine.model.Limits;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many partitions a table or index needs, after the documented rules (facts file 3.3). A
 * partition is "full" when RCU/3000 + WCU/1000 reaches 1 (F3.9), so a table needs
 * ceil(RCU/3000 + WCU/1000) partitions (F3.10, the 2017 formula, worked example 29).
 */
public final class PartitionRules {
    private static final BigDecimal READ_PER_PARTITION = BigDecimal.valueOf(Limits.PARTITION_MAX_RCU);
    private static final BigDecimal WRITE_PER_PARTITION = BigDecimal.valueOf(Limits.PARTITION_MAX_WCU);

    private PartitionRules() {
    }

    /** ceil(RCU/3000 + WCU/1000), at least 1: the partitions a provisioned table starts with (F3.10, example 29). */
    public static int initialPartitions(long readUnits, long writeUnits) {
        return partitionsSupporting(new Throughput(readUnits, writeUnits));
    }

    /** The fewest partitions that support this throughput: ceil(read/3000 + write/1000), at least 1, computed exactly. */
    public static int partitionsSupporting(Throughput throughput) {
        BigDecimal scaledLoad = new BigDecimal(throughput.readUnits()).multiply(WRITE_PER_PARTITION)
                .add(new BigDecimal(throughput.writeUnits()).multiply(READ_PER_PARTITION));
        BigDecimal partitions = scaledLoad.divide(READ_PER_PARTITION.multiply(WRITE_PER_PARTITION), 0, RoundingMode.CEILING);
        return Math.max(1, partitions.intValueExact());
    }

    /**
     * The partitions a new on-demand table starts with: sized for its warm throughput of 12,000 RRU and
     * 4,000 WRU per second (F3.22, F3.27) by the same formula, ceil(12000/3000 + 4000/1000) = 8. The
     * formula is documented for provisioned tables only; applying it to warm throughput is dynasim's choice.
     */
    public static int onDemandInitialPartitions() {
        return initialPartitions(Limits.ON_DEMAND_INITIAL_RRU, Limits.ON_DEMAND_INITIAL_WRU);
    }

    /** The warm throughput a new on-demand table is sized for: 12,000 RRU / 4,000 WRU per second (F3.22). */
    public static Throughput onDemandWarmThroughput() {
        return new Throughput(Limits.ON_DEMAND_INITIAL_RRU, Limits.ON_DEMAND_INITIAL_WRU);
    }

    /** The most one partition serves, whatever the mode: 3,000 read and 1,000 write units per second (F3.7). */
    public static Throughput partitionMaximum() {
        return new Throughput(Limits.PARTITION_MAX_RCU, Limits.PARTITION_MAX_WCU);
    }

    /**
     * The partition count after raising throughput: the current count, doubled as many times as needed
     * to support it (F3.10, examples 30 and 32); never fewer than now, since partitions never merge (F3.14).
     */
    public static int partitionsAfterRaise(int current, Throughput throughput) {
        if (current < 1) throw new IllegalArgumentException("a table has at least one partition, not " + current);
        int needed = partitionsSupporting(throughput);
        int count = current;
        while (count < needed) count = Math.multiplyExact(count, 2);
        return count;
    }

    /**
     * FOLKLORE, not a documented rule (F3.11, D9, example 34): the fewest partitions that could hold
     * this many bytes at {@code splitBytes} each, ceil(bytes / splitBytes), at least 1. DynamoDB splits
     * partitions one at a time as they fill; use this only as a rough estimate.
     */
    public static int folkloreSizeEstimate(long bytes, long splitBytes) {
        if (bytes < 0 || splitBytes < 1) throw new IllegalArgumentException("bad sizes " + bytes + ", " + splitBytes);
        return (int) Math.max(1, bytes / splitBytes + (bytes % splitBytes == 0 ? 0 : 1));
    }
}
